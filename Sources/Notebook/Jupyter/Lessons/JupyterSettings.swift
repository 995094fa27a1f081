/// A notebook's `metadata.gradbook`: the settings a Markdown lesson keeps in its front matter, with the same
/// keys and the same checks (`title`, `summary`, `seed`, `tolerance`, `budget`, `graph_limit`, `sanitize`,
/// `trust_html`).
enum JupyterSettings {
    /// The front matter that `settings` (the notebook's `metadata.gradbook`, when it has one) stands for.
    static func frontMatter(_ settings: JSONValue?, context: ReadingContext) throws(LessonError) -> FrontMatter {
        var frontMatter = FrontMatter()
        guard let settings else { return frontMatter }
        guard let members = settings.objectValue else {
            throw context.error("'metadata.gradbook' must be an object, not \(settings.typeName)", at: settings)
        }
        for member in members {
            let value = member.value
            func wrongType(_ expected: String) -> LessonError {
                context.error("'metadata.gradbook.\(member.key)' must be \(expected)", at: value)
            }
            switch member.key {
            case "title":
                guard let text = value.stringValue else { throw wrongType("a string") }
                frontMatter.title = text
            case "summary":
                guard let text = value.stringValue else { throw wrongType("a string") }
                frontMatter.summary = text
            case "seed":
                guard let seed = value.integerValue else { throw wrongType("an integer") }
                frontMatter.seed = seed
            case "tolerance":
                guard let tolerance = value.doubleValue, tolerance.isFinite, tolerance >= 0 else { throw wrongType("a number of 0 or more") }
                frontMatter.tolerance = tolerance
            case "budget":
                guard let budget = value.integerValue, budget > 0 else { throw wrongType("a positive integer") }
                frontMatter.budget = budget
            case "graph_limit":
                guard let limit = value.integerValue, limit >= 0 else { throw wrongType("an integer of 0 or more") }
                frontMatter.graphLimit = limit
            case "trust_html":
                guard let trust = value.boolValue else { throw wrongType("true or false") }
                frontMatter.trustHTML = trust
            case "sanitize":
                let shape = "a list of objects with 'regex' and 'replace'"
                guard let items = value.arrayValue else { throw wrongType(shape) }
                for item in items {
                    guard let regex = item["regex"]?.stringValue, let replace = item["replace"]?.stringValue,
                        item.objectValue?.count == 2
                    else { throw context.error("'metadata.gradbook.sanitize' must be \(shape)", at: item) }
                    let sanitizer = Sanitizer(pattern: regex, replacement: replace)
                    if let problem = sanitizer.problem() { throw context.error(problem, at: item["regex"]) }
                    frontMatter.sanitize.append(sanitizer)
                }
            default:
                let known = FrontMatter.knownKeys.joined(separator: ", ")
                throw context.error("unknown 'metadata.gradbook' key '\(member.key)' (known keys: \(known))", at: value)
            }
        }
        return frontMatter
    }
}
