/// Reads the tags of a Graphviz HTML-like label (`<<B>x</B>>`) for what `GraphvizAttributePolicy` refuses.
///
/// Graphviz parses these labels as XML and compares tag and attribute names without regard to ASCII case. The
/// scan errs on the side of refusing: it looks at every `<name …>` it meets, inside comments and CDATA too, and
/// honours quotes in attribute values so that `TITLE="a>b" HREF="x"` still shows its `HREF`. Anything that reads
/// like `href =` or `url=`, even in text, is refused as well.
enum HTMLLabelScan {
    /// Why the label is refused, or nil.
    static func refusal(_ label: String, maximumDepth: Int) -> String? {
        var reader = Reader(Array(label.unicodeScalars))
        var depth = 0
        while let open = reader.next(where: { $0 == "<" }) {
            reader.position = open + 1
            let closing = reader.skip("/")
            let name = GraphvizAttributePolicy.asciiLowercased(reader.name())
            guard !name.isEmpty else { continue }
            if name == "img", !closing { return "an <IMG> in an HTML-like label reads an image file" }
            var selfClosing = false
            while let attribute = reader.attribute() {
                let attributeName = GraphvizAttributePolicy.asciiLowercased(attribute.name)
                if attributeName == "href" || attributeName == "url" {
                    return "\(attribute.name.uppercased()) in an HTML-like label puts a link into the drawing"
                }
                if attributeName == "face", let reason = GraphvizAttributePolicy.fontNameRefusal(attribute.value) {
                    return reason
                }
            }
            if reader.skip("/") { selfClosing = true }
            _ = reader.skip(">")
            if closing {
                depth -= 1
            } else if !selfClosing {
                depth += 1
                if depth > maximumDepth { return "its tags nest more than \(maximumDepth) deep" }
            }
        }
        if mentionsLink(label) { return "it mentions a link (href= or url=), and a lesson's drawings hold no links" }
        return nil
    }

    /// Whether `href` or `url` followed by optional spaces and `=` appears anywhere, in any case.
    static func mentionsLink(_ label: String) -> Bool {
        let scalars = Array(GraphvizAttributePolicy.asciiLowercased(label).unicodeScalars)
        for word in ["href", "url"] {
            let pattern = Array(word.unicodeScalars)
            var index = 0
            while index + pattern.count <= scalars.count {
                if Array(scalars[index..<index + pattern.count]) == pattern {
                    var after = index + pattern.count
                    while after < scalars.count, [" ", "\t", "\n", "\r"].contains(scalars[after]) { after += 1 }
                    if after < scalars.count, scalars[after] == "=" { return true }
                }
                index += 1
            }
        }
        return false
    }

    /// A cursor over the label's scalars.
    struct Reader {
        let scalars: [Unicode.Scalar]
        var position = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        /// The index of the next scalar from `position` that satisfies `test`.
        func next(where test: (Unicode.Scalar) -> Bool) -> Int? {
            var index = position
            while index < scalars.count {
                if test(scalars[index]) { return index }
                index += 1
            }
            return nil
        }

        /// Consumes `scalar` if it is next.
        mutating func skip(_ scalar: Unicode.Scalar) -> Bool {
            guard position < scalars.count, scalars[position] == scalar else { return false }
            position += 1
            return true
        }

        mutating func skipSpaces() {
            while position < scalars.count, [" ", "\t", "\n", "\r"].contains(scalars[position]) { position += 1 }
        }

        /// An XML name: letters, digits and `-_.:` (and anything beyond ASCII).
        mutating func name() -> String {
            var out = ""
            while position < scalars.count {
                let scalar = scalars[position]
                let isNameScalar =
                    scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.:".unicodeScalars.contains(scalar)
                    || !scalar.isASCII
                guard isNameScalar else { break }
                out.unicodeScalars.append(scalar)
                position += 1
            }
            return out
        }

        /// The next `name[=value]` inside a tag, or nil at its end (`>`, `/` or the end of the text).
        mutating func attribute() -> (name: String, value: String)? {
            skipSpaces()
            let name = self.name()
            guard !name.isEmpty else { return nil }
            skipSpaces()
            guard skip("=") else { return (name, "") }
            skipSpaces()
            guard position < scalars.count else { return (name, "") }
            var value = ""
            let quote = scalars[position]
            if quote == "\"" || quote == "'" {
                position += 1
                while position < scalars.count, scalars[position] != quote {
                    value.unicodeScalars.append(scalars[position])
                    position += 1
                }
                position += 1
            } else {
                while position < scalars.count, ![" ", "\t", "\n", "\r", ">"].contains(scalars[position]) {
                    value.unicodeScalars.append(scalars[position])
                    position += 1
                }
            }
            return (name, value)
        }
    }
}
