/// Shortening of titles and labels that would not fit: the drawn text ends in "…", while the SVG's accessible
/// name keeps the whole title.
enum PlotTextFitting {
    /// `text` cut to about `width` pixels at `fontSize`, with "…" at the end when cut.
    static func fitted(_ text: String, width: Double, fontSize: Double) -> String {
        let room = Int(width / (fontSize * 0.6))
        guard text.count > room else { return text }
        guard room > 1 else { return "…" }
        return String(text.prefix(room - 1)) + "…"
    }
}
