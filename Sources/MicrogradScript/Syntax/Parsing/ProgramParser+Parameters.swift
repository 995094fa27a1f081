extension ProgramParser {
    /// The parameters of a `def` (up to `)`) or a `lambda` (up to `:`): `a, b=1, *args, c, **kwargs`, with
    /// Python's checks. Annotations (`x: float`) are read in `def` and dropped.
    mutating func parseParameters(closing: String) throws -> [Parameter] {
        var parameters: [Parameter] = []
        var sawDefault = false
        var sawStar = false
        var sawDoubleStar = false
        var bareStar: Token?
        while try !at(closing) {
            let token = try peek()
            if sawDoubleStar {
                throw syntaxError("arguments cannot follow var-keyword argument", at: token.position)
            }
            if token.is("/") {
                try advance()
            } else if token.is("*") || token.is("**") {
                try advance()
                if token.is("*"), sawStar { throw syntaxError("* argument may appear only once", at: token.position) }
                let next = try peek()
                if token.is("*"), next.is(",") || next.is(closing) {
                    sawStar = true
                    bareStar = token
                } else {
                    let name = try expectName("a parameter name")
                    try skipAnnotation(closing: closing)
                    let kind: Parameter.Kind = token.is("*") ? .variadic : .keywordVariadic
                    parameters.append(Parameter(name: name.text, kind: kind, position: name.position))
                    if token.is("*") { sawStar = true } else { sawDoubleStar = true }
                }
            } else {
                let name = try expectName("a parameter name")
                try skipAnnotation(closing: closing)
                var defaultValue: Expression?
                if try accept("=") != nil {
                    defaultValue = try parseExpression()
                    sawDefault = true
                } else if sawDefault && !sawStar {
                    throw syntaxError("parameter without a default follows parameter with a default", at: name.position)
                }
                if parameters.contains(where: { $0.name == name.text }) {
                    throw syntaxError("duplicate argument '\(name.text)' in function definition", at: name.position)
                }
                parameters.append(
                    Parameter(name: name.text, kind: sawStar ? .keywordOnly : .normal, defaultValue: defaultValue,
                              position: name.position))
                bareStar = nil
            }
            guard try accept(",") != nil else { break }
        }
        if let star = bareStar {
            throw syntaxError("named arguments must follow bare *", at: star.position)
        }
        return parameters
    }

    private mutating func skipAnnotation(closing: String) throws {
        guard closing == ")", try accept(":") != nil else { return }
        _ = try parseExpression()
    }
}
