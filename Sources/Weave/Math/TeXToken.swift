/// One lexical unit of TeX math, as TeX's own eyes see it: control sequences, single characters, and the
/// characters with a category of their own (braces, `^`, `_`, `&`, white space).
enum TeXToken: Equatable {
    /// `\name` (letters) or `\c` (one other character); the name excludes the backslash. `\\` is `command("\\")`.
    case command(String)
    /// Any other single character: a letter, a digit, an operator, punctuation.
    case character(Character)
    case openBrace
    case closeBrace
    case superscriptMark
    case subscriptMark
    case alignmentTab
    /// A run of white space, kept because `\text{…}` needs it; math mode ignores it.
    case space

    /// The tokens of `tex`, with `%` comments dropped (as TeX does, up to the end of the line).
    /// Complexity: O(n).
    static func tokens(of tex: String) -> [TeXToken] {
        let characters = Array(tex)
        var tokens: [TeXToken] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            switch character {
            case "\\":
                guard index < characters.count else {
                    tokens.append(.command(""))
                    break
                }
                if characters[index].isTeXLetter {
                    var name = ""
                    while index < characters.count, characters[index].isTeXLetter {
                        name.append(characters[index])
                        index += 1
                    }
                    tokens.append(.command(name))
                } else {
                    let escaped = characters[index]
                    index += 1
                    tokens.append(.command(escaped.isWhitespace ? " " : String(escaped)))
                }
            case "%":
                while index < characters.count, !characters[index].isNewline { index += 1 }
            case "{": tokens.append(.openBrace)
            case "}": tokens.append(.closeBrace)
            case "^": tokens.append(.superscriptMark)
            case "_": tokens.append(.subscriptMark)
            case "&": tokens.append(.alignmentTab)
            default:
                if character.isWhitespace {
                    if tokens.last != .space { tokens.append(.space) }
                } else {
                    tokens.append(.character(character))
                }
            }
        }
        return tokens
    }
}

extension Character {
    /// TeX's letters: the ones that can make up a control word such as `\alpha`.
    var isTeXLetter: Bool {
        guard let ascii = asciiValue else { return false }
        return (ascii >= 65 && ascii <= 90) || (ascii >= 97 && ascii <= 122)
    }
}
