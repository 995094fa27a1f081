import MicrogradScript
import Yams

/// Reads the YAML between the `---` lines at the top of a lesson into `FrontMatter`.
///
/// Unknown keys, duplicate keys, wrong value types and malformed YAML are errors that point at the file line.
enum FrontMatterReader {
    /// Reads `yaml`, whose first line is file line `firstLine`.
    static func read(_ yaml: String, firstLine: Int, path: String) -> Result<FrontMatter, LessonError> {
        func failure(_ line: Int, _ column: Int, _ message: String) -> Result<FrontMatter, LessonError> {
            let diagnostic = Diagnostic(
                file: path, line: line + firstLine - 1, column: max(column, 1), kind: "FrontMatterError",
                message: message)
            return .failure(LessonError(path: path, diagnostics: [diagnostic]))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            let (mark, problem) = describe(error, firstLine: firstLine)
            return failure(mark?.line ?? 1, mark?.column ?? 1, problem)
        } catch {
            return failure(1, 1, "invalid YAML")
        }
        guard let root else { return .success(FrontMatter()) }
        guard let mapping = root.mapping else {
            return failure(root.mark?.line ?? 1, root.mark?.column ?? 1, "front matter must be a mapping of keys to values")
        }
        var frontMatter = FrontMatter()
        for (keyNode, value) in mapping {
            let line = keyNode.mark?.line ?? 1
            let column = keyNode.mark?.column ?? 1
            guard let key = keyNode.string else { return failure(line, column, "a front matter key must be text") }
            let valueLine = value.mark?.line ?? line
            let valueColumn = value.mark?.column ?? column
            func wrongType(_ expected: String) -> Result<FrontMatter, LessonError> {
                failure(valueLine, valueColumn, "'\(key)' must be \(expected)")
            }
            switch key {
            case "title":
                guard let text = value.scalar?.string else { return wrongType("text") }
                frontMatter.title = text
            case "summary":
                guard let text = value.scalar?.string else { return wrongType("text") }
                frontMatter.summary = text
            case "seed":
                guard let seed = value.int else { return wrongType("an integer") }
                frontMatter.seed = seed
            case "tolerance":
                guard let tolerance = value.float, tolerance.isFinite, tolerance >= 0 else {
                    return wrongType("a number of 0 or more")
                }
                frontMatter.tolerance = tolerance
            case "budget":
                guard let budget = value.int, budget > 0 else { return wrongType("a positive integer") }
                frontMatter.budget = budget
            case "graph_limit":
                guard let limit = value.int, limit >= 0 else { return wrongType("an integer of 0 or more") }
                frontMatter.graphLimit = limit
            case "trust_html":
                guard let trust = value.bool else { return wrongType("true or false") }
                frontMatter.trustHTML = trust
            case "sanitize":
                switch sanitizers(in: value) {
                case .success(let sanitizers): frontMatter.sanitize = sanitizers
                case .failure(let problem):
                    return failure(problem.line ?? valueLine, problem.column ?? valueColumn, problem.message)
                }
            default:
                let known = FrontMatter.knownKeys.joined(separator: ", ")
                return failure(line, column, "unknown front matter key '\(key)' (known keys: \(known))")
            }
        }
        return .success(frontMatter)
    }

    /// A problem in `sanitize:` and the place of the YAML node it is about.
    private struct SanitizeProblem: Error {
        var line: Int?
        var column: Int?
        var message: String

        init(node: Node, message: String) {
            line = node.mark?.line
            column = node.mark?.column
            self.message = message
        }
    }

    /// `sanitize:` is a list of `{regex: …, replace: …}` mappings whose regexes compile.
    private static func sanitizers(in value: Node) -> Result<[Sanitizer], SanitizeProblem> {
        let shape = "'sanitize' must be a list of mappings with 'regex' and 'replace'"
        guard let sequence = value.sequence else { return .failure(SanitizeProblem(node: value, message: shape)) }
        var sanitizers: [Sanitizer] = []
        for item in sequence {
            guard let mapping = item.mapping, mapping.count == 2, let regex = mapping["regex"]?.scalar?.string,
                let replace = mapping["replace"]?.scalar?.string
            else { return .failure(SanitizeProblem(node: item, message: shape)) }
            let sanitizer = Sanitizer(pattern: regex, replacement: replace)
            if let problem = sanitizer.problem() { return .failure(SanitizeProblem(node: mapping["regex"] ?? item, message: problem)) }
            sanitizers.append(sanitizer)
        }
        return .success(sanitizers)
    }

    /// Yams's problem and where it was found; when the construct it was reading began on an earlier line (an
    /// unclosed `[` or quote), that line is named too, since that is where the author must look.
    private static func describe(_ error: YamlError, firstLine: Int) -> (Mark?, String) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "invalid YAML: \(problem)"
            if let context, context.mark.line < mark.line, !context.text.isEmpty {
                message += " (\(context.text) that starts on line \(context.mark.line + firstLine - 1))"
            }
            return (mark, message)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return (context.mark, "duplicate front matter key \(names)")
        default:
            return (nil, "invalid YAML: \(error)")
        }
    }
}
