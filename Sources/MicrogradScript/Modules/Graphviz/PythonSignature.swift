/// Binds a call's arguments to a Python function's parameters, with CPython's messages, for built-in methods
/// that imitate a Python signature such as `node(self, name, label=None, _attributes=None, **attrs)`.
struct PythonSignature {
    /// The function's qualified name as CPython prints it in errors (`Dot.node`).
    let name: String
    /// The parameters after `self`, in order; the first `required` of them have no default.
    let parameters: [String]
    let required: Int
    /// Whether it takes `self` (counted in CPython's "takes … positional arguments").
    var method = true
    /// Whether extra keywords are collected (`**attrs`) rather than refused.
    var collectsKeywords = false
    /// How many of `parameters` may be given by position (the rest are keyword-only).
    var positionalLimit: Int?

    /// The arguments by parameter name, and the extra keywords in the order given.
    func bind(_ arguments: Arguments) throws -> (named: [String: Object], extra: [(name: String, value: Object)]) {
        let limit = positionalLimit ?? parameters.count
        let offset = method ? 1 : 0
        if arguments.positional.count > limit {
            let low = required + offset, high = limit + offset
            let takes = low == high ? "\(high)" : "from \(low) to \(high)"
            let noun = high == 1 && low == high ? "argument" : "arguments"
            let given = arguments.positional.count + offset
            throw PyError.type(
                "\(name)() takes \(takes) positional \(noun) but \(given) \(given == 1 ? "was" : "were") given")
        }
        var named: [String: Object] = [:]
        for (index, value) in arguments.positional.enumerated() { named[parameters[index]] = value }
        var extra: [(name: String, value: Object)] = []
        for keyword in arguments.keywords {
            if parameters.contains(keyword.name) {
                if named[keyword.name] != nil {
                    throw PyError.type("\(name)() got multiple values for argument '\(keyword.name)'")
                }
                named[keyword.name] = keyword.value
            } else if collectsKeywords {
                extra.append(keyword)
            } else {
                throw PyError.type("\(name)() got an unexpected keyword argument '\(keyword.name)'")
            }
        }
        let missing = parameters.prefix(required).filter { named[$0] == nil }
        if !missing.isEmpty {
            let quoted = missing.map { "'\($0)'" }
            let list: String
            switch quoted.count {
            case 1: list = quoted[0]
            case 2: list = quoted[0] + " and " + quoted[1]
            default: list = quoted.dropLast().joined(separator: ", ") + ", and " + (quoted.last ?? "")
            }
            let noun = missing.count == 1 ? "argument" : "arguments"
            throw PyError.type("\(name)() missing \(missing.count) required positional \(noun): \(list)")
        }
        return (named, extra)
    }
}
