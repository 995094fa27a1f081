import Micrograd

extension Compiler {
    /// The runtime function of a binary operator: the dispatch layer's `binary` (built-in operators first, then
    /// special methods).
    func binaryFunction(_ op: BinaryOperator) -> (Object, Object) throws -> Object {
        let interpreter = reference
        return { a, b in try interpreter { try $0.binary(op, a, b) } }
    }

    func binary(_ op: BinaryOperator, _ lhs: @escaping Evaluate, _ rhs: @escaping Evaluate, at position: SourcePosition)
        -> Evaluate
    {
        let line = position.line, column = position.column, cell = self.cell
        let function = binaryFunction(op)
        switch op {
        case .add:
            return { frame in
                let a = try lhs(frame), b = try rhs(frame)
                if case .float(let x) = a, case .float(let y) = b { return .float(x + y) }
                if let sum = Self.valueArithmetic(a, b, +, +, +) { return sum }
                do { return try function(a, b) } catch let error as PyError {
                    throw error.placed(line: line, column: column, cell: cell)
                }
            }
        case .multiply:
            return { frame in
                let a = try lhs(frame), b = try rhs(frame)
                if case .float(let x) = a, case .float(let y) = b { return .float(x * y) }
                if let product = Self.valueArithmetic(a, b, *, *, *) { return product }
                do { return try function(a, b) } catch let error as PyError {
                    throw error.placed(line: line, column: column, cell: cell)
                }
            }
        default:
            return { frame in
                let a = try lhs(frame), b = try rhs(frame)
                do { return try function(a, b) } catch let error as PyError {
                    throw error.placed(line: line, column: column, cell: cell)
                }
            }
        }
    }

    /// `a + b` or `a * b` when an engine value meets a value or a number (int or float; bools and the rest take
    /// the general path), through the engine's own operators, so the nodes are those `Operators` would make.
    @inline(__always) static func valueArithmetic(
        _ a: Object, _ b: Object, _ both: (Value, Value) -> Value, _ valueFirst: (Value, Double) -> Value,
        _ numberFirst: (Double, Value) -> Value
    ) -> Object? {
        switch a {
        case .value(let x):
            switch b {
            case .value(let y): return .value(both(x, y))
            case .float(let d): return .value(valueFirst(x, d))
            case .int(let i): return .value(valueFirst(x, Double(i)))
            default: return nil
            }
        case .float(let d):
            if case .value(let y) = b { return .value(numberFirst(d, y)) }
        case .int(let i):
            if case .value(let y) = b { return .value(numberFirst(Double(i), y)) }
        default: break
        }
        return nil
    }

    func unary(_ op: UnaryOperator, _ operand: Expression, at position: SourcePosition) throws -> Evaluate {
        if op == .not {
            let test = try truth(operand)
            return { frame in .bool(!(try test(frame))) }
        }
        let value = try expression(operand)
        let rt = reference
        if op == .negate {
            return placing(position) { frame in
                let v = try value(frame)
                if case .float(let d) = v { return .float(-d) }
                return try rt { try $0.unary(.negate, v) }
            }
        }
        return placing(position) { frame in
            let v = try value(frame)
            return try rt { try $0.unary(op, v) }
        }
    }

    /// An expression used as a condition, compiled straight to a `Bool` where it can be.
    func truth(_ expression: Expression) throws -> (Frame) throws -> Bool {
        switch expression.kind {
        case .comparison(let first, let steps):
            return try comparison(first, steps)
        case .unary(.not, let operand):
            let inner = try truth(operand)
            return { frame in !(try inner(frame)) }
        case .boolean(let b):
            return { _ in b }
        default:
            let value = try self.expression(expression)
            let rt = reference
            return placing(expression.position) { frame in
                let v = try value(frame)
                if case .bool(let b) = v { return b }
                return try rt { try $0.truth(v) }
            }
        }
    }

    func comparisonFunction(_ op: ComparisonOperator) -> (Object, Object) throws -> Bool {
        let rt = reference
        return { a, b in try rt { try $0.compare(op, a, b) } }
    }

    /// `a < b`, `a == b`, … when both are ints, both floats, an int and a float (compared as floats, as the
    /// general path compares them) or both bools: the commonest comparisons, without the general dispatch. `nil`
    /// for anything else, which takes the general path.
    @inline(__always) static func numericComparison(_ op: ComparisonOperator, _ a: Object, _ b: Object) -> Bool? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return compare(op, x, y)
        case (.float(let x), .float(let y)): return compare(op, x, y)
        case (.int(let x), .float(let y)): return compare(op, Double(x), y)
        case (.float(let x), .int(let y)): return compare(op, x, Double(y))
        case (.bool(let x), .bool(let y)):
            switch op {
            case .equal: return x == y
            case .notEqual: return x != y
            default: return nil
            }
        default: return nil
        }
    }

    @inline(__always) private static func compare<T: Comparable>(_ op: ComparisonOperator, _ x: T, _ y: T) -> Bool? {
        switch op {
        case .equal: return x == y
        case .notEqual: return x != y
        case .less: return x < y
        case .lessOrEqual: return x <= y
        case .greater: return x > y
        case .greaterOrEqual: return x >= y
        default: return nil
        }
    }

    /// A comparison used as a value: what a rich comparison returns (numpy's elementwise arrays, a lesson's
    /// `__eq__` result), a bool for built-ins. A chain is Python's `a < b and b < c`: the first false result, or
    /// the last.
    func comparisonValue(_ first: Expression, _ steps: [ComparisonStep]) throws -> Evaluate {
        let head = try expression(first)
        let compiled = try steps.map { (op: $0.operator, operand: try expression($0.operand)) }
        let line = first.position.line, column = first.position.column, cell = self.cell
        let rt = reference
        if compiled.count == 1, let only = compiled.first {
            let op = only.op, operand = only.operand
            return { frame in
                let a = try head(frame), b = try operand(frame)
                if let result = Self.numericComparison(op, a, b) { return .bool(result) }
                do { return try rt { try $0.comparisonResult(op, a, b) } } catch let error as PyError {
                    throw error.placed(line: line, column: column, cell: cell)
                }
            }
        }
        return { frame in
            var left = try head(frame)
            var result = Object.bool(true)
            for step in compiled {
                let right = try step.operand(frame)
                do {
                    result = try rt { try $0.comparisonResult(step.op, left, right) }
                    if case .bool(let b) = result {
                        if !b { return result }
                    } else if !(try rt { try $0.truth(result) }) {
                        return result
                    }
                } catch let error as PyError {
                    throw error.placed(line: line, column: column, cell: cell)
                }
                left = right
            }
            return result
        }
    }

    /// A chained comparison: each operand evaluated once, stopping at the first false step.
    func comparison(_ first: Expression, _ steps: [ComparisonStep]) throws -> (Frame) throws -> Bool {
        let head = try expression(first)
        let compiled = try steps.map {
            (test: comparisonFunction($0.operator), operand: try expression($0.operand), position: $0.operand.position)
        }
        let line = first.position.line, column = first.position.column, cell = self.cell
        if compiled.count == 1, let only = compiled.first {
            let test = only.test, operand = only.operand, op = steps[0].operator
            return { frame in
                let a = try head(frame), b = try operand(frame)
                if let result = Self.numericComparison(op, a, b) { return result }
                do { return try test(a, b) } catch let error as PyError {
                    throw error.placed(line: line, column: column, cell: cell)
                }
            }
        }
        return { frame in
            var left = try head(frame)
            for step in compiled {
                let right = try step.operand(frame)
                do {
                    if !(try step.test(left, right)) { return false }
                } catch let error as PyError {
                    throw error.placed(line: line, column: column, cell: cell)
                }
                left = right
            }
            return true
        }
    }
}

extension Operators {
    /// `&`, `|`, `^`, `<<`, `>>` on ints (and `&`, `|`, `^` on bools); `@` is never supported.
    static func bitwise(_ op: BinaryOperator, _ lhs: Object, _ rhs: Object) throws -> Object {
        guard op != .matrixMultiply, lhs.isIntLike, rhs.isIntLike, let a = lhs.asInt, let b = rhs.asInt else {
            throw unsupported(op.symbol, lhs, rhs)
        }
        switch op {
        case .bitAnd, .bitOr, .bitXor:
            let result = op == .bitAnd ? a & b : (op == .bitOr ? a | b : a ^ b)
            if case .bool = lhs, case .bool = rhs { return .bool(result != 0) }
            return .int(result)
        case .shiftLeft:
            if b < 0 { throw PyError.value("negative shift count") }
            if b >= 63 && a != 0 { throw PyError.intOverflow }
            let shifted = a << b
            if shifted >> b != a { throw PyError.intOverflow }
            return .int(shifted)
        default:
            if b < 0 { throw PyError.value("negative shift count") }
            return .int(b >= 64 ? (a < 0 ? -1 : 0) : a >> b)
        }
    }
}
