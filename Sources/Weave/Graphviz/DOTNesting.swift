/// A bound on how deeply a DOT text's braces nest, checked before Graphviz reads it.
///
/// Graphviz frees nested subgraphs, and lays out nested clusters and record fields, by recursion; a text of ten
/// thousand `{` could exhaust a thread's stack. The text is scanned with the rules of Graphviz's own scanner
/// (`lib/cgraph/scan.l`): double-quoted strings (where `\"` never ends the string), HTML strings (`<…>`, nested),
/// `/* */` and `//` comments and `#` lines. Braces between subgraphs count, and so do braces inside each string
/// (record labels nest fields with them), each string on its own. A `}` never takes the count below zero.
/// The lecture's graphs nest two or three deep.
enum DOTNesting {
    /// The deepest nesting allowed.
    static let maximumDepth = 100

    /// Why `dot` is refused, or nil.
    static func problem(in dot: String) -> String? {
        var bytes = Array(dot.utf8)
        // Graphviz reads a C string: it stops at the first NUL.
        if let nul = bytes.firstIndex(of: 0) { bytes.removeSubrange(nul...) }
        var scanner = Scanner(bytes: bytes)
        return scanner.run() ? nil : "its braces nest more than \(maximumDepth) deep"
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var depth = 0

        /// Scans everything; false as soon as some nesting goes too deep.
        mutating func run() -> Bool {
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    guard quotedString() else { return false }
                case UInt8(ascii: "<"):
                    index += 1
                    htmlString()
                case UInt8(ascii: "/") where next == UInt8(ascii: "*"):
                    index += 2
                    skip(past: [UInt8(ascii: "*"), UInt8(ascii: "/")])
                case UInt8(ascii: "/") where next == UInt8(ascii: "/"):
                    skipLine()
                case UInt8(ascii: "#") where index == 0 || bytes[index - 1] == UInt8(ascii: "\n"):
                    skipLine()
                case UInt8(ascii: "{"):
                    depth += 1
                    if depth > DOTNesting.maximumDepth { return false }
                    index += 1
                case UInt8(ascii: "}"):
                    depth = max(0, depth - 1)
                    index += 1
                default:
                    index += 1
                }
            }
            return true
        }

        var next: UInt8? { index + 1 < bytes.count ? bytes[index + 1] : nil }

        /// Reads a quoted string's content after its opening quote, bounding the braces inside it.
        mutating func quotedString() -> Bool {
            var inner = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\\"), next == UInt8(ascii: "\"") {
                    index += 2
                    continue
                }
                index += 1
                if byte == UInt8(ascii: "\"") { return true }
                if byte == UInt8(ascii: "{") {
                    inner += 1
                    if inner > DOTNesting.maximumDepth { return false }
                } else if byte == UInt8(ascii: "}") {
                    inner = max(0, inner - 1)
                }
            }
            return true
        }

        /// Reads an HTML string's content after its opening `<`, up to the `>` that balances it.
        mutating func htmlString() {
            var nest = 1
            while index < bytes.count, nest > 0 {
                if bytes[index] == UInt8(ascii: "<") { nest += 1 }
                if bytes[index] == UInt8(ascii: ">") { nest -= 1 }
                index += 1
            }
        }

        mutating func skip(past end: [UInt8]) {
            while index < bytes.count {
                if bytes[index...].starts(with: end) {
                    index += end.count
                    return
                }
                index += 1
            }
        }

        mutating func skipLine() {
            while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
        }
    }
}
