import Foundation

/// One regex replacement applied to outputs before they are compared, as nbval's sanitizers are: for text that
/// legitimately changes from run to run (object addresses, timings, dates).
///
/// `pattern` and `replacement` are written as for Python's `re.sub`, so nbval's files work unchanged:
/// `(?P<name>…)` groups, and `\1` or `\g<name>` in the replacement. They run on ICU's regex engine.
public struct Sanitizer: Equatable, Sendable {
    /// The regular expression, in Python's syntax.
    public var pattern: String
    /// What each match becomes, in Python's syntax.
    public var replacement: String

    /// Makes a sanitizer; `problem()` tells whether its pattern compiles.
    public init(pattern: String, replacement: String) {
        self.pattern = pattern
        self.replacement = replacement
    }

    /// Object addresses in reprs (`<function f at 0x7f3a9c0b2d30>`): they differ on every run, so every check
    /// replaces them first.
    public static let objectAddresses = Sanitizer(pattern: #"\bat 0x[0-9A-Fa-f]+\b"#, replacement: "at 0x…")

    /// A figure's size in pixels (`<Figure size 360x360 with 1 Axes>`): it depends on the dots per inch of the
    /// notebook front end that stored it (72 in older Jupyter, 100 today), not on the lesson.
    public static let figureSizes = Sanitizer(pattern: #"<Figure size \d+(\.\d+)?x\d+(\.\d+)? with"#, replacement: "<Figure size … with")

    /// Why a sanitizer cannot be used: its pattern does not compile.
    public func problem() -> String? {
        do {
            _ = try NSRegularExpression(pattern: Self.icuPattern(pattern))
            return nil
        } catch {
            return "the regex '\(pattern)' does not compile"
        }
    }

    /// The pattern in ICU's syntax: Python's `(?P<name>` and `(?P=name)` become `(?<name>` and `\k<name>`.
    static func icuPattern(_ pattern: String) -> String {
        var result = ""
        var rest = Substring(pattern)
        while let first = rest.first {
            if first == "\\", rest.count >= 2 {
                result += rest.prefix(2)
                rest = rest.dropFirst(2)
            } else if rest.hasPrefix("(?P<") {
                result += "(?<"
                rest = rest.dropFirst(4)
            } else if rest.hasPrefix("(?P="), let close = rest.firstIndex(of: ")") {
                result += "\\k<" + rest[rest.index(rest.startIndex, offsetBy: 4)..<close] + ">"
                rest = rest[rest.index(after: close)...]
            } else {
                result.append(first)
                rest = rest.dropFirst()
            }
        }
        return result
    }

    /// The replacement in ICU's template syntax: `\1` and `\g<1>` become `$1`, `\g<name>` becomes the number of
    /// the group `pattern` names so, `\n` and `\t` stay escapes, and a literal `$` is escaped.
    static func icuTemplate(_ replacement: String, pattern: String = "") -> String {
        let groups = namedGroups(pattern)
        var result = ""
        var characters = Array(replacement)[...]
        while let first = characters.first {
            characters = characters.dropFirst()
            switch first {
            case "$": result += "\\$"
            case "\\":
                guard let next = characters.first else { result += "\\\\"; continue }
                characters = characters.dropFirst()
                if next.isASCII, next.isNumber {
                    var digits = String(next)
                    if let second = characters.first, second.isASCII, second.isNumber {
                        digits.append(second)
                        characters = characters.dropFirst()
                    }
                    result += "$" + digits
                } else if next == "g", characters.first == "<", let close = characters.firstIndex(of: ">") {
                    let name = String(characters[characters.index(after: characters.startIndex)..<close])
                    result += name.allSatisfy(\.isNumber) ? "$" + name : groups[name].map { "$\($0)" } ?? ""
                    characters = characters[characters.index(after: close)...]
                } else if next == "n" {
                    result += "\n"
                } else if next == "t" {
                    result += "\t"
                } else {
                    result += "\\" + String(next)
                }
            default: result.append(first)
            }
        }
        return result
    }
}

extension Sanitizer {
    /// The number of each named group of a Python pattern: groups are numbered by their opening parenthesis,
    /// counting every capturing group (not `(?:`, lookarounds, or a parenthesis escaped or in a class).
    static func namedGroups(_ pattern: String) -> [String: Int] {
        var groups: [String: Int] = [:]
        var number = 0
        var inClass = false
        var characters = Array(pattern)[...]
        while let first = characters.first {
            characters = characters.dropFirst()
            switch first {
            case "\\": characters = characters.dropFirst()
            case "[": inClass = true
            case "]": inClass = false
            case "(" where !inClass:
                let rest = String(characters.prefix(3))
                if characters.first != "?" {
                    number += 1
                } else if rest.hasPrefix("?P<") || (rest.hasPrefix("?<") && !rest.hasPrefix("?<=") && !rest.hasPrefix("?<!")) {
                    number += 1
                    let nameStart = characters.dropFirst(rest.hasPrefix("?P<") ? 3 : 2)
                    groups[String(nameStart.prefix(while: { $0 != ">" }))] = number
                }
            default: break
            }
        }
        return groups
    }
}

/// Sanitizers compiled once, applied in order to every text of one check.
public struct SanitizerSet {
    private let compiled: [(NSRegularExpression, String)]

    /// Compiles `sanitizers`; one whose pattern does not compile is left out (readers report it first).
    public init(_ sanitizers: [Sanitizer]) {
        compiled = sanitizers.compactMap { sanitizer in
            guard let regex = try? NSRegularExpression(pattern: Sanitizer.icuPattern(sanitizer.pattern)) else { return nil }
            return (regex, Sanitizer.icuTemplate(sanitizer.replacement, pattern: sanitizer.pattern))
        }
    }

    /// `text` with every sanitizer applied, in order.
    public func apply(_ text: String) -> String {
        var result = text
        for (regex, template) in compiled {
            let range = NSRange(result.startIndex..<result.endIndex, in: result)
            result = regex.stringByReplacingMatches(in: result, options: [], range: range, withTemplate: template)
        }
        return result
    }
}
