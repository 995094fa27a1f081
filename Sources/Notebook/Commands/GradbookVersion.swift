/// Gradbook's version: the one place it is written.
///
/// `gradbook --version` prints it, and an incremental render keys every page on it (with the build's
/// identity), so a new Gradbook never serves pages woven by an old one.
public enum GradbookVersion {
    /// The version, as `MAJOR.MINOR.PATCH`.
    public static let current = "0.9.0"
}
