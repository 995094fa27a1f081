/// Turns a cell's source into a `Program`, or the first syntax error in it.
public enum Parser {
    /// Parses one cell. Throws a `Diagnostic` (`SyntaxError`, `IndentationError` or `RecursionError`) at the
    /// offending token, in Python's words. Linear in the source's length; brackets nest at most
    /// `limits.nestingDepth` deep, so 100,000 `(` give `too many nested parentheses`, never a stack overflow.
    ///
    /// ```swift
    /// let program = try Parser.parse("a, b = b, a")
    /// // program.body[0].kind == .assign(targets: [(a, b)], value: (b, a))
    /// ```
    public static func parse(_ source: String, limits: Limits = Limits()) throws(Diagnostic) -> Program {
        let text = SourceText(source)
        var parser = ProgramParser(source: text, limits: limits, tokenizer: Tokenizer(text, limits: limits))
        // Inside, the parser throws untyped errors: typed throws cost a stack slot per call site in debug builds,
        // which multiplied the parser's frames several times over.
        do {
            return try parser.parseProgram()
        } catch let diagnostic as Diagnostic {
            throw parser.lexicalErrorAfter(diagnostic)
        } catch {
            throw Diagnostic(line: 1, column: 1, kind: "SyntaxError", message: "invalid syntax")
        }
    }
}
