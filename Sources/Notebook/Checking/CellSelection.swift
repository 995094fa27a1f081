/// `-k EXPRESSION`: which cells to run and check, chosen by name as pytest's `-k` chooses tests.
///
/// An expression combines words with `and`, `or`, `not` and parentheses: `-k "neuron and not cell-2"`. A word
/// matches a cell when it is part of one of the cell's names, ignoring case: the lesson's path and file name,
/// the cell's name (`cell-3`), and a notebook cell's `id`. So `-k 04-a-neuron` picks a whole lesson and
/// `-k "neuron and cell-3"` one cell of it. An empty expression picks everything.
public struct CellSelection: Equatable, Sendable {
    /// The parsed expression.
    indirect enum Node: Equatable, Sendable {
        case word(String)
        case not(Node)
        case and(Node, Node)
        case or(Node, Node)
        case everything
    }

    /// The expression as written.
    public var text: String
    let root: Node

    /// Why an expression cannot be read, in pytest's words: where, and what was expected.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// The whole message.
        public var description: String
    }

    /// Parses `text`.
    public static func parse(_ text: String) -> Result<CellSelection, Failure> {
        var parser = SelectionParser(text)
        do throws(SelectionParser.Stop) {
            return .success(CellSelection(text: text, root: try parser.expression()))
        } catch {
            return .failure(
                Failure(description: "-k '\(text)': at column \(error.column): expected \(error.expected); got \(error.got)"))
        }
    }

    /// True when the expression holds for a cell with these names.
    public func matches(_ keywords: [String]) -> Bool {
        let lowered = keywords.map { $0.lowercased() }
        return Self.evaluate(root, lowered)
    }

    private static func evaluate(_ node: Node, _ keywords: [String]) -> Bool {
        switch node {
        case .everything: true
        case .word(let word):
            keywords.contains { $0.contains(word.lowercased()) }
        case .not(let inner): !evaluate(inner, keywords)
        case .and(let left, let right): evaluate(left, keywords) && evaluate(right, keywords)
        case .or(let left, let right): evaluate(left, keywords) || evaluate(right, keywords)
        }
    }

    /// The names a word of `-k` can match for `cell` of `document`.
    public static func keywords(of cell: Cell, in document: Document) -> [String] {
        var keywords = [document.path, document.path.split(separator: "/").last.map(String.init) ?? document.path, cell.name]
        if let id = cell.notebookID { keywords.append(id) }
        return keywords
    }
}

/// Reads a `-k` expression by recursive descent over its words.
struct SelectionParser {
    /// Where reading stopped and why.
    struct Stop: Error {
        var column: Int
        var expected: String
        var got: String
    }

    private enum Token: Equatable {
        case open, close, and, or, not, word(String), end
    }

    private var tokens: [(token: Token, column: Int)] = []
    private var position = 0
    private var lexingProblem: Stop?

    /// Cuts `text` into words, keywords and parentheses; a character pytest would refuse stops reading there.
    init(_ text: String) {
        var characters = Array(text)[...]
        var column = 1
        while let first = characters.first {
            if first.isWhitespace {
                characters = characters.dropFirst()
                column += 1
            } else if first == "(" || first == ")" {
                tokens.append((first == "(" ? .open : .close, column))
                characters = characters.dropFirst()
                column += 1
            } else if Self.isWordCharacter(first) {
                let word = String(characters.prefix(while: Self.isWordCharacter))
                characters = characters.dropFirst(word.count)
                let token: Token = word == "and" ? .and : word == "or" ? .or : word == "not" ? .not : .word(word)
                tokens.append((token, column))
                column += word.count
            } else {
                lexingProblem = Stop(column: column, expected: "a word, 'not' or '('", got: "unexpected character \"\(first)\"")
                break
            }
        }
        tokens.append((.end, column))
    }

    /// pytest's identifier characters: letters, digits, `_`, and `: + - . [ ] \ /`.
    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || "_:+-.[]\\/".contains(character)
    }

    /// The whole expression (`everything` when it is empty).
    mutating func expression() throws(Stop) -> CellSelection.Node {
        if let lexingProblem { throw lexingProblem }
        if tokens[position].token == .end { return .everything }
        let node = try orExpression()
        guard tokens[position].token == .end else { throw stop(expected: "end of input") }
        return node
    }

    private mutating func orExpression() throws(Stop) -> CellSelection.Node {
        var node = try andExpression()
        while tokens[position].token == .or {
            position += 1
            node = .or(node, try andExpression())
        }
        return node
    }

    private mutating func andExpression() throws(Stop) -> CellSelection.Node {
        var node = try notExpression()
        while tokens[position].token == .and {
            position += 1
            node = .and(node, try notExpression())
        }
        return node
    }

    private mutating func notExpression() throws(Stop) -> CellSelection.Node {
        switch tokens[position].token {
        case .not:
            position += 1
            return .not(try notExpression())
        case .open:
            position += 1
            let inner = try orExpression()
            guard tokens[position].token == .close else { throw stop(expected: "')'") }
            position += 1
            return inner
        case .word(let word):
            position += 1
            return .word(word)
        case .close, .and, .or, .end:
            throw stop(expected: "a word, 'not' or '('")
        }
    }

    private func stop(expected: String) -> Stop {
        let (token, column) = tokens[position]
        let got: String
        switch token {
        case .open: got = "'('"
        case .close: got = "')'"
        case .and: got = "'and'"
        case .or: got = "'or'"
        case .not: got = "'not'"
        case .word(let word): got = "'\(word)'"
        case .end: got = "end of input"
        }
        return Stop(column: column, expected: expected, got: got)
    }
}
