import Testing
@testable import MicrogradScript

/// Every node knows where it starts: 1-based line and column, columns in Unicode scalars.
@Suite struct SourcePositionTests {
    private func position(_ expression: ParsedExpression) -> String { expression.position.description }

    @Test func expressionsStartAtTheirFirstToken() throws {
        let sum = try firstExpression("x = a + b * c")
        #expect(position(sum) == "1:5")
        guard case .binary(_, let lhs, let rhs) = sum.kind, case .binary(_, let b, let c) = rhs.kind else {
            Issue.record("not a sum of a product")
            return
        }
        #expect([position(lhs), position(rhs), position(b), position(c)] == ["1:5", "1:9", "1:9", "1:13"])
    }

    @Test func statementsOnLaterLinesAndAfterSemicolons() throws {
        let program = try Parser.parse("a = 1\nif a:\n    b = 2; c = 3\n")
        #expect(program.body.map(\.position.description) == ["1:1", "2:1"])
        guard case .if(let branches, _) = program.body[1].kind else {
            Issue.record("not an if")
            return
        }
        #expect(branches[0].body.map(\.position.description) == ["3:5", "3:12"])
    }

    @Test func formattedStringFieldsKeepCellPositions() throws {
        let string = try firstExpression("s = f'a{x + 1}b'")
        guard case .formattedString(let parts) = string.kind, case .interpolation(let field) = parts[1] else {
            Issue.record("no interpolation")
            return
        }
        #expect(position(field.expression) == "1:9")
    }

    @Test func columnsCountUnicodeScalars() throws {
        #expect(position(try firstExpression("café = 'é'; f(z)")) == "1:8")
        let program = try Parser.parse("café = 'é'; f(z)")
        #expect(program.body.map(\.position.description) == ["1:1", "1:13"])
    }

    @Test func argumentsAndParameters() throws {
        let program = try Parser.parse("def f(a, b=1): pass\nf(1, k=2)")
        guard case .functionDefinition(let definition) = program.body[0].kind,
            case .expression(let call) = program.body[1].kind, case .call(_, let arguments) = call.kind
        else {
            Issue.record("unexpected shape")
            return
        }
        #expect(definition.parameters.map(\.position.description) == ["1:7", "1:10"])
        #expect(arguments.map(\.position.description) == ["2:3", "2:6"])
    }

    @Test func depthCountsTheLongestPath() throws {
        #expect(try firstExpression("x").depth == 1)
        #expect(try firstExpression("-(a + b) * c").depth == 4)
    }
}
