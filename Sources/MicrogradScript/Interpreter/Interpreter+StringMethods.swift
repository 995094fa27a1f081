import Foundation

extension Interpreter {
    func stringMethod(_ string: String, _ name: String, _ given: Arguments) throws -> Object {
        let arguments = try (name == "split" || name == "rsplit") ? Self.splitArguments(given, name) : given
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
        case "format": return .string(try StringFormat.format(string, arguments, self))
        case "upper", "lower", "title", "capitalize", "isdigit", "isalpha", "isalnum", "isspace", "isupper",
            "islower", "swapcase":
            try expectCount(arguments, 0, name)
            return Self.classify(string, name)
        case "split", "rsplit":
            try expectCount(arguments, 0, 2, name)
            let limit = args.count > 1 ? try maximumSplits(args[1]) : -1
            if args.isEmpty || Self.isNone(args[0]) {
                return .list(ListObject(Self.splitOnWhitespace(string, limit: limit, fromEnd: name == "rsplit")))
            }
            let separator = try text(0)
            if separator.isEmpty { throw PyError.value("empty separator") }
            return .list(ListObject(Self.split(string, on: separator, limit: limit, fromEnd: name == "rsplit")))
        case "partition", "rpartition":
            try expectCount(arguments, 1, name)
            let separator = try text(0)
            if separator.isEmpty { throw PyError.value("empty separator") }
            let found = name == "partition" ? string.range(of: separator) : string.range(of: separator, options: .backwards)
            guard let found else {
                return name == "partition" ? .tuple([.string(string), .string(""), .string("")])
                    : .tuple([.string(""), .string(""), .string(string)])
            }
            return .tuple([
                .string(String(string[..<found.lowerBound])), .string(separator),
                .string(String(string[found.upperBound...])),
            ])
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
            try expectCount(arguments, 2, 3, name)
            let old = try text(0), new = try text(1)
            let limit = args.count > 2 ? try maximumSplits(args[2]) : -1
            let replaced = old.isEmpty ? Self.insertingBetweenCharacters(string, new, limit: limit)
                : Self.split(string, on: old, limit: limit, fromEnd: false).map(\.str).joined(separator: new)
            try checkSize(replaced.count)
            return .string(replaced)
        case "startswith", "endswith":
            try expectCount(arguments, 1, name)
            let candidates: [Object]
            if case .tuple(let tuple) = args[0] { candidates = tuple.items } else { candidates = [args[0]] }
            for candidate in candidates {
                guard case .string(let affix) = candidate else {
                    throw PyError.type("\(name) first arg must be str or a tuple of str, not \(candidate.typeName)")
                }
                if name == "startswith" ? string.hasPrefix(affix) : string.hasSuffix(affix) { return .bool(true) }
            }
            return .bool(false)
        case "find", "rfind", "index", "rindex":
            try expectCount(arguments, 1, name)
            let needle = try text(0)
            let fromEnd = name.hasPrefix("r")
            let found = needle.isEmpty ? (fromEnd ? string.endIndex..<string.endIndex : string.startIndex..<string.startIndex)
                : string.range(of: needle, options: fromEnd ? .backwards : [])
            guard let found else {
                if name.hasSuffix("index") { throw PyError.value("substring not found") }
                return .int(-1)
            }
            return .int(string.distance(from: string.startIndex, to: found.lowerBound))
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

    /// `maxsplit` / `count`: an int, where negative means no limit.
    private func maximumSplits(_ object: Object) throws -> Int {
        guard object.isIntLike, let n = object.asInt else {
            throw PyError.type("'\(object.typeName)' object cannot be interpreted as an integer")
        }
        return n
    }
}

extension Interpreter {
    /// `s.split(sep, maxsplit)` and `s.rsplit(…)`: at most `limit` splits (all when negative), counted from the
    /// end for `rsplit`.
    static func split(_ string: String, on separator: String, limit: Int, fromEnd: Bool) -> [Object] {
        var pieces: [String] = []
        var rest = Substring(string)
        while limit < 0 || pieces.count < limit {
            let found = fromEnd ? rest.range(of: separator, options: .backwards) : rest.range(of: separator)
            guard let found else { break }
            if fromEnd {
                pieces.append(String(rest[found.upperBound...]))
                rest = rest[..<found.lowerBound]
            } else {
                pieces.append(String(rest[..<found.lowerBound]))
                rest = rest[found.upperBound...]
            }
        }
        pieces.append(String(rest))
        return (fromEnd ? pieces.reversed() : pieces).map { .string($0) }
    }

    /// `s.split()` and `s.rsplit()`: runs of whitespace separate, leading and trailing whitespace is dropped, and
    /// after `limit` splits the rest is kept whole (its outer whitespace stripped on the split side only).
    static func splitOnWhitespace(_ string: String, limit: Int, fromEnd: Bool) -> [Object] {
        var words: [String] = []
        var rest = fromEnd ? Substring(String(string.reversed())) : Substring(string)
        while true {
            rest = rest.drop(while: { $0.isWhitespace })
            if rest.isEmpty { break }
            if limit >= 0, words.count == limit {
                words.append(String(rest))
                break
            }
            let word = rest.prefix(while: { !$0.isWhitespace })
            words.append(String(word))
            rest = rest[word.endIndex...]
        }
        if fromEnd { words = words.reversed().map { String($0.reversed()) } }
        return words.map { .string($0) }
    }

    /// `s.replace('', new)`: `new` goes before every character and at the end, at most `limit` times from the left.
    static func insertingBetweenCharacters(_ string: String, _ new: String, limit: Int) -> String {
        let characters = Array(string)
        let positions = limit < 0 ? characters.count + 1 : min(limit, characters.count + 1)
        var out = ""
        for i in 0..<positions {
            out += new
            if i < characters.count { out.append(characters[i]) }
        }
        if positions < characters.count { out += String(characters[positions...]) }
        return out
    }

    /// `split(sep=None, maxsplit=-1)` also takes its arguments by keyword.
    static func splitArguments(_ arguments: Arguments, _ name: String) throws -> Arguments {
        guard !arguments.keywords.isEmpty else { return arguments }
        var positional = arguments.positional
        for (index, keyword) in ["sep", "maxsplit"].enumerated() {
            guard let value = arguments.keyword(keyword) else { continue }
            if index < positional.count {
                throw PyError.type("argument for \(name)() given by name ('\(keyword)') and position (\(index + 1))")
            }
            while positional.count < index { positional.append(.none) }
            positional.append(value)
        }
        if let unknown = arguments.keywords.first(where: { $0.name != "sep" && $0.name != "maxsplit" }) {
            throw PyError.type("\(name)() got an unexpected keyword argument '\(unknown.name)'")
        }
        return Arguments(positional)
    }

    /// The case conversions and character classes: `upper`, `lower`, `title`, `capitalize`, `swapcase`,
    /// `isdigit`, `isalpha`, `isalnum`, `isspace`, `isupper`, `islower`.
    static func classify(_ string: String, _ name: String) -> Object {
        switch name {
        case "upper": return .string(string.uppercased())
        case "lower": return .string(string.lowercased())
        case "title": return .string(Self.titled(string))
        case "capitalize": return .string(string.prefix(1).uppercased() + string.dropFirst().lowercased())
        case "isdigit": return .bool(!string.isEmpty && string.allSatisfy { $0.isASCII && $0.isNumber })
        case "isalpha": return .bool(!string.isEmpty && string.allSatisfy(\.isLetter))
        case "isalnum": return .bool(!string.isEmpty && string.allSatisfy { $0.isLetter || $0.isNumber })
        case "isspace": return .bool(!string.isEmpty && string.allSatisfy(\.isWhitespace))
        case "isupper":
            return .bool(string.contains(where: \.isCased) && !string.contains(where: \.isLowercase))
        case "islower":
            return .bool(string.contains(where: \.isCased) && !string.contains(where: \.isUppercase))
        default:
            return .string(String(string.map { $0.isUppercase ? Character($0.lowercased()) : Character($0.uppercased()) }))
        }
    }

    /// CPython's `str.title()`: a letter after a letter is lowered, any other letter raised, so an apostrophe
    /// starts a new word (`"it's"` becomes `"It'S"`).
    static func titled(_ string: String) -> String {
        var out = ""
        var previousIsCased = false
        for character in string {
            if character.isLetter {
                out += previousIsCased ? character.lowercased() : character.uppercased()
                previousIsCased = character.isCased
            } else {
                out.append(character)
                previousIsCased = false
            }
        }
        return out
    }
}
