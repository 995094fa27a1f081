/// Converts the TeX that lessons write between `$…$` and `$$…$$` into MathML Core, at build time, so a woven
/// page shows math in any modern browser with no JavaScript and no network.
///
/// ```swift
/// MathConverter.convert("x_i^2", display: false).mathML
/// // <math xmlns="http://www.w3.org/1998/Math/MathML"><msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup></math>
/// ```
///
/// Any input is accepted: unknown commands are shown as written and reported, unbalanced braces are closed
/// where the input ends, and nesting deeper than `TeXParser.maximumDepth` is cut off with a warning.
/// Complexity: O(n) in the length of the TeX.
public enum MathConverter {
    /// The MathML for `tex` (without its `$` delimiters) and the warnings met on the way.
    /// - Parameter display: `true` for `$$…$$`; the element then gets `display="block"`.
    public static func convert(_ tex: String, display: Bool) -> MathResult {
        var parser = TeXParser(tex)
        let nodes = parser.parseFormula()
        var markup = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\""
        if display { markup += " display=\"block\"" }
        markup += ">"
        MathNode.writeRow(nodes, into: &markup)
        markup += "</math>"
        return MathResult(mathML: markup, warnings: parser.warnings)
    }
}
