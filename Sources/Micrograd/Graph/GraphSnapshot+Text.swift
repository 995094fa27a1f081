extension GraphSnapshot {
    /// A plain-text rendition for expected outputs: one line per value, children first, numbers as Python
    /// prints them so that a checker can compare them with a tolerance.
    ///
    /// ```
    /// graph: 3 values, 1 operations
    ///   #0 a | data 2.0 | grad -3.0
    ///   #1 b | data -3.0 | grad 2.0
    ///   #2 e = #0 * #1 | data -6.0 | grad 1.0
    /// ```
    ///
    /// At most `listedValueLimit` values are listed; a larger graph's text ends with a line saying how many were
    /// left out, so `draw_dot` on a huge graph cannot flood a terminal or an expected-output block.
    public var plainText: String {
        var lines = ["graph: \(nodes.count) values, \(operationCount) operations"]
        for (index, node) in nodes.prefix(Self.listedValueLimit).enumerated() {
            var line = "  #\(index)"
            let label = node.label.isEmpty ? "" : " " + TextEscaping.singleLine(node.label)
            line += label
            if !node.op.isEmpty {
                let operands = node.children.map { "#\($0)" }
                let expression: String
                if node.op.hasPrefix("**"), operands.count == 1 {
                    expression = operands[0] + node.op
                } else if operands.count == 2 {
                    expression = "\(operands[0]) \(node.op) \(operands[1])"
                } else {
                    expression = "\(node.op)(\(operands.joined(separator: ", ")))"
                }
                line += " = " + expression
            }
            line += " | data \(PythonFloat.repr(node.data)) | grad \(PythonFloat.repr(node.grad))"
            lines.append(line)
        }
        if nodes.count > Self.listedValueLimit {
            lines.append("  … \(nodes.count - Self.listedValueLimit) more values not listed (at most \(Self.listedValueLimit) are)")
        }
        return lines.joined(separator: "\n")
    }

    /// The most values `plainText` lists.
    public static let listedValueLimit = 1_000
}

/// Keeps user-provided text on one line in plain-text renditions.
public enum TextEscaping {
    /// The text with backslashes and line breaks written as escapes, so a label never breaks a line.
    public static func singleLine(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r\n": out += "\\r\\n"
            case "\r": out += "\\r"
            default: out.append(character)
            }
        }
        return out
    }
}
