/// The environments `\begin{…}` understands, and how each lays out its table.
enum TeXEnvironment {
    case aligned, gathered, matrix(open: String?, close: String?), cases, array, equation

    init?(name: String) {
        switch name {
        case "align", "align*", "aligned", "alignat", "alignat*", "alignedat", "split", "flalign", "flalign*":
            self = .aligned
        case "gather", "gather*", "gathered", "multline", "multline*":
            self = .gathered
        case "equation", "equation*", "displaymath", "math":
            self = .equation
        case "matrix", "smallmatrix": self = .matrix(open: nil, close: nil)
        case "pmatrix": self = .matrix(open: "(", close: ")")
        case "bmatrix": self = .matrix(open: "[", close: "]")
        case "Bmatrix": self = .matrix(open: "{", close: "}")
        case "vmatrix": self = .matrix(open: "|", close: "|")
        case "Vmatrix": self = .matrix(open: "\u{2016}", close: "\u{2016}")
        case "cases": self = .cases
        case "array": self = .array
        default: return nil
        }
    }
}

extension TeXParser {
    /// Reads what follows `\begin`: the name, any column arguments, the rows, and `\end{name}`.
    mutating func parseEnvironment() -> MathNode {
        let name = readEnvironmentName()
        if name.isEmpty { return .error("\\begin") }
        return nested { parser in parser.parseEnvironmentBody(name) } ?? .error("\\begin{\(name)}")
    }

    private mutating func parseEnvironmentBody(_ name: String) -> MathNode {
        let environment = TeXEnvironment(name: name) ?? .gathered
        if TeXEnvironment(name: name) == nil { warn("unsupported TeX environment \(name)") }
        var columns: [MathTable.Alignment] = []
        if case .array = environment {
            columns = readEnvironmentName().compactMap { letter in
                switch letter {
                case "l": .left
                case "c": .center
                case "r": .right
                default: nil
                }
            }
        }
        if name.hasPrefix("alignat") || name == "alignedat" { _ = readEnvironmentName() }
        let rows = parseRows(until: .environmentEnd)
        if peek() == .command("end") {
            advance()
            let endName = readEnvironmentName()
            if endName != name { warn("\\end{\(endName)} does not match \\begin{\(name)}") }
        } else {
            warn("missing \\end{\(name)}")
        }
        switch environment {
        case .aligned:
            return .table(MathTable(rows: rows, layout: .alignedPairs, displayStyle: true))
        case .gathered:
            return .table(MathTable(rows: rows, layout: .centered, displayStyle: true))
        case .equation:
            if rows.count == 1, rows[0].count == 1 { return .row(rows[0][0]) }
            return .table(MathTable(rows: rows, layout: .centered, displayStyle: true))
        case .array:
            return .table(MathTable(rows: rows, layout: .columns(columns.isEmpty ? [.center] : columns), displayStyle: false))
        case .cases:
            let table = MathNode.table(MathTable(rows: rows, layout: .left, displayStyle: false))
            return .fenced(MathFence(open: MathFence.delimiter("{", side: .prefix), body: [table], close: nil))
        case .matrix(let open, let close):
            let table = MathNode.table(MathTable(rows: rows, layout: .centered, displayStyle: false))
            guard let open, let close else { return table }
            return .fenced(MathFence(
                open: MathFence.delimiter(open, side: .prefix), body: [table],
                close: MathFence.delimiter(close, side: .postfix)))
        }
    }

    /// Reads a braced name such as `{align*}` (or an `array` column spec) as plain text.
    mutating func readEnvironmentName() -> String {
        skipSpaces()
        guard peek() == .openBrace else {
            warn("missing {name} after \\begin or \\end")
            return ""
        }
        advance()
        var name = ""
        while let token = peek() {
            advance()
            switch token {
            case .closeBrace: return name
            case .character(let character): name.append(character)
            case .command(let command): name += "\\" + command
            default: break
            }
        }
        warn("unbalanced braces: missing }")
        return name
    }
}
