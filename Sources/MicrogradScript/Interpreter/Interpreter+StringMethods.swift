extension Interpreter {
    func stringMethod(_ string: String, _ name: String, _ arguments: Arguments) throws -> Object {
        let args = arguments.positional
        func text(_ i: Int) throws -> String {
            guard case .string(let s) = args[i] else {
                throw PyError.type("must be str, not \(args[i].typeName)")
            }
            return s
        }
        switch name {
        case "join":
            try expectCount(arguments, 1, name)
            let parts = try elements(of: args[0]).enumerated().map { index, element in
                guard case .string(let s) = element else {
                    throw PyError.type("sequence item \(index): expected str instance, \(element.typeName) found")
                }
                return s
            }
            let joined = parts.joined(separator: string)
            try checkSize(joined.count)
            return .string(joined)
        case "format": return .string(try StringFormat.format(string, arguments))
        case "upper": return .string(string.uppercased())
        case "lower": return .string(string.lowercased())
        case "title": return .string(string.capitalized)
        case "capitalize": return .string(string.prefix(1).uppercased() + string.dropFirst().lowercased())
        case "isdigit": return .bool(!string.isEmpty && string.allSatisfy { $0.isASCII && $0.isNumber })
        case "split":
            try expectCount(arguments, 0, 1, name)
            if args.isEmpty || Self.isNone(args[0]) {
                return .list(ListObject(string.split(whereSeparator: { $0.isWhitespace }).map { .string(String($0)) }))
            }
            let separator = try text(0)
            if separator.isEmpty { throw PyError.value("empty separator") }
            return .list(
                ListObject(string.components(separatedBy: separator).map { .string($0) }))
        case "strip", "lstrip", "rstrip":
            try expectCount(arguments, 0, 1, name)
            let characters: Set<Character> =
                args.isEmpty || Self.isNone(args[0]) ? [" ", "\n", "\t", "\r", "\u{0B}", "\u{0C}"] : Set(try text(0))
            var s = Substring(string)
            if name != "rstrip" { s = s.drop(while: { characters.contains($0) }) }
            if name != "lstrip" {
                while let last = s.last, characters.contains(last) { s = s.dropLast() }
            }
            return .string(String(s))
        case "replace":
            try expectCount(arguments, 2, name)
            let old = try text(0), new = try text(1)
            if old.isEmpty { return .string(string) }
            let replaced = string.components(separatedBy: old).joined(separator: new)
            try checkSize(replaced.count)
            return .string(replaced)
        case "startswith", "endswith":
            try expectCount(arguments, 1, name)
            let candidates: [Object]
            if case .tuple(let items) = args[0] { candidates = items } else { candidates = [args[0]] }
            for candidate in candidates {
                guard case .string(let affix) = candidate else {
                    throw PyError.type("\(name) first arg must be str or a tuple of str, not \(candidate.typeName)")
                }
                if name == "startswith" ? string.hasPrefix(affix) : string.hasSuffix(affix) { return .bool(true) }
            }
            return .bool(false)
        case "find":
            try expectCount(arguments, 1, name)
            let needle = try text(0)
            guard let range = string.range(of: needle) else { return .int(-1) }
            return .int(string.distance(from: string.startIndex, to: range.lowerBound))
        case "count":
            try expectCount(arguments, 1, name)
            let needle = try text(0)
            if needle.isEmpty { return .int(string.count + 1) }
            return .int(string.components(separatedBy: needle).count - 1)
        case "center", "ljust", "rjust", "zfill":
            try expectCount(arguments, 1, 2, name)
            guard args[0].isIntLike, let width = args[0].asInt else {
                throw PyError.type("'\(args[0].typeName)' object cannot be interpreted as an integer")
            }
            try checkSize(width)
            let fill = name == "zfill" ? "0" : (args.count > 1 ? try text(1) : " ")
            let align = name == "center" ? "^" : (name == "ljust" ? "<" : (name == "zfill" ? "=" : ">"))
            if name == "zfill", string.first == "-" || string.first == "+" {
                let sign = String(string.prefix(1))
                let rest = String(string.dropFirst())
                return .string(sign + (try FormatSpec.format(.string(rest), spec: "0>\(max(0, width - 1))")))
            }
            return .string(try FormatSpec.format(.string(string), spec: "\(fill)\(align == "=" ? ">" : align)\(width)"))
        default:
            throw PyError.attribute("str", name)
        }
    }
}
