import Foundation

/// A notebook code cell's options, from what Jupyter tools already write: cell tags, nbval's comment markers,
/// JupyterLab's collapsed input, and Gradbook's own `metadata.gradbook`.
///
/// | option | from |
/// |---|---|
/// | `expect-error` | tag `raises-exception` or `nbval-raises-exception`, `# NBVAL_RAISES_EXCEPTION`, or a stored error output |
/// | `skip` | tag `skip-execution` or `nbval-skip`, `# NBVAL_SKIP` |
/// | `ignore-output` | tag `nbval-ignore-output`, `# NBVAL_IGNORE_OUTPUT` |
/// | `hide` | tag `remove-input` or `hide-input`, `metadata.jupyter.source_hidden` |
/// | `budget=N`, `tolerance=X` | `metadata.gradbook.budget`, `metadata.gradbook.tolerance` |
public enum JupyterCellOptions {
    /// The tags that set each option; the first of each is the one `export` writes.
    public static let expectErrorTags = ["raises-exception", "nbval-raises-exception"]
    /// Tags for `skip`.
    public static let skipTags = ["skip-execution", "nbval-skip"]
    /// Tags for `ignore-output`.
    public static let ignoreOutputTags = ["nbval-ignore-output"]
    /// Tags for `hide`.
    public static let hideTags = ["hide-input", "remove-input"]

    /// The options of `cell`; a bad `metadata.gradbook` is an error at its place.
    static func options(for cell: JupyterCell, context: ReadingContext) throws(LessonError) -> CellOptions {
        let tags = Set(cell.tags)
        let markers = Set(
            cell.source.split(separator: "\n").compactMap { line -> String? in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard trimmed.hasPrefix("#") else { return nil }
                return trimmed.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)
            })
        var options = CellOptions()
        let storedError = cell.outputs.contains { if case .error = $0 { true } else { false } }
        options.expectError = !tags.isDisjoint(with: expectErrorTags) || markers.contains("NBVAL_RAISES_EXCEPTION") || storedError
        options.skip = !tags.isDisjoint(with: skipTags) || markers.contains("NBVAL_SKIP")
        options.ignoreOutput = !tags.isDisjoint(with: ignoreOutputTags) || markers.contains("NBVAL_IGNORE_OUTPUT")
            || markers.contains("PYTEST_VALIDATE_IGNORE_OUTPUT")
        options.hide = !tags.isDisjoint(with: hideTags) || cell.metadata["jupyter"]?["source_hidden"]?.boolValue == true
        guard let settings = cell.metadata["gradbook"] else { return options }
        let name = "cell \(cell.number)"
        guard let members = settings.objectValue else {
            throw context.error("\(name)'s 'metadata.gradbook' must be an object, not \(settings.typeName)", at: settings)
        }
        for member in members {
            switch member.key {
            case "budget":
                guard let budget = member.value.integerValue, budget > 0 else {
                    throw context.error("\(name)'s 'budget' must be a positive integer", at: member.value)
                }
                options.budget = budget
            case "tolerance":
                guard let tolerance = member.value.doubleValue, tolerance.isFinite, tolerance >= 0 else {
                    throw context.error("\(name)'s 'tolerance' must be a number of 0 or more", at: member.value)
                }
                options.tolerance = tolerance
            default:
                throw context.error("\(name) has the unknown 'metadata.gradbook' key '\(member.key)' (known: budget, tolerance)", at: member.value)
            }
        }
        return options
    }
}
