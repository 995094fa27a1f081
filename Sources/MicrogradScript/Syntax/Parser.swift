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
    ///
    /// `firstLine` is the number the reader knows the source's first line by (a cell's line in its lesson), for
    /// the few messages that name a line in their words; positions always count from 1.
    public static func parse(_ source: String, limits: Limits = Limits(), firstLine: Int = 1) throws(Diagnostic) -> Program {
        // Recursive descent is bounded by the limits, not by the caller's stack: a debug build's frames are large.
        let result = LargeStack.run { () -> Result<Program, Diagnostic> in
            let text = SourceText(source, firstLine: firstLine)
            var parser = ProgramParser(source: text, limits: limits, tokenizer: Tokenizer(text, limits: limits))
            // Inside, the parser throws untyped errors: typed throws cost a stack slot per call site in debug
            // builds, which multiplied the parser's frames several times over.
            do {
                return .success(try parser.parseProgram())
            } catch let diagnostic as Diagnostic {
                return .failure(parser.lexicalErrorAfter(diagnostic))
            } catch {
                return .failure(Diagnostic(line: 1, column: 1, kind: "SyntaxError", message: "invalid syntax"))
            }
        }
        return try result.get()
    }
}
