import Micrograd

extension Interpreter {
    /// Python's `a == b`: a lesson's `__eq__` (either side, reflected as CPython does), containers element by
    /// element (with the same rule inside), numbers by value, everything else by identity.
    func equal(_ lhs: Object, _ rhs: Object) throws -> Bool {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.list(let a), .list(let b)):
            return try a === b || sequencesEqual(a.items, b.items)
        case (.tuple(let a), .tuple(let b)):
            return try a === b || sequencesEqual(a.items, b.items)
        case (.dict(let a), .dict(let b)):
            if a === b { return true }
            guard a.count == b.count else { return false }
            for (key, value) in a.entries {
                guard let other = try b.get(key, self), try keysMatch(value, other) else { return false }
            }
            return true
        case (.set(let a), .set(let b)):
            if a === b { return true }
            guard a.count == b.count else { return false }
            for element in a.elements where !(try b.contains(element, self)) { return false }
            return true
        default:
            if Self.dispatchesThroughType(lhs) || Self.dispatchesThroughType(rhs) {
                return try truth(try richCompare(.equal, lhs, rhs))
            }
            return Operators.equal(lhs, rhs)
        }
    }

    /// Element-wise equality, with identity first as CPython's containers compare.
    private func sequencesEqual(_ a: [Object], _ b: [Object]) throws -> Bool {
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) where !(try keysMatch(x, y)) { return false }
        return true
    }

    /// `a op b` for `==`, `!=`, `<`, `<=`, `>`, `>=` as a truth value.
    func compare(_ op: ComparisonOperator, _ lhs: Object, _ rhs: Object) throws -> Bool {
        switch op {
        case .equal: return try equal(lhs, rhs)
        case .notEqual:
            if Self.dispatchesThroughType(lhs) || Self.dispatchesThroughType(rhs) {
                return try truth(try richCompare(.notEqual, lhs, rhs))
            }
            return try !equal(lhs, rhs)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            if Self.dispatchesThroughType(lhs) || Self.dispatchesThroughType(rhs) {
                return try truth(try richCompare(op, lhs, rhs))
            }
            return try ordered(op, lhs, rhs)
        case .in: return try contains(rhs, lhs)
        case .notIn: return try !contains(rhs, lhs)
        case .is: return Operators.identical(lhs, rhs)
        case .isNot: return !Operators.identical(lhs, rhs)
        }
    }

    /// `a op b` as an expression's value: the rich comparison's own result when either operand has special
    /// methods (a numpy array compares elementwise), a bool otherwise.
    func comparisonResult(_ op: ComparisonOperator, _ lhs: Object, _ rhs: Object) throws -> Object {
        switch op {
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
            if Self.dispatchesThroughType(lhs) || Self.dispatchesThroughType(rhs) {
                return try richCompare(op, lhs, rhs)
            }
        case .in, .notIn, .is, .isNot: break
        }
        return .bool(try compare(op, lhs, rhs))
    }

    /// `<`, `<=`, `>`, `>=` of built-in objects; lists and tuples compare element by element through `compare`.
    private func ordered(_ op: ComparisonOperator, _ lhs: Object, _ rhs: Object) throws -> Bool {
        switch (lhs, rhs) {
        case (.list(let a), .list(let b)): return try orderedSequences(op, a.items, b.items)
        case (.tuple(let a), .tuple(let b)): return try orderedSequences(op, a.items, b.items)
        case (.set(let a), .set(let b)):
            switch op {
            case .less: return try a.count < b.count && SetAlgebra.isSubset(a, of: b, self)
            case .lessOrEqual: return try SetAlgebra.isSubset(a, of: b, self)
            case .greater: return try b.count < a.count && SetAlgebra.isSubset(b, of: a, self)
            default: return try SetAlgebra.isSubset(b, of: a, self)
            }
        default:
            let order = try Operators.compare(lhs, rhs, symbol: op.symbol)
            switch op {
            case .less: return order == -1
            case .lessOrEqual: return order == -1 || order == 0
            case .greater: return order == 1
            default: return order == 1 || order == 0
            }
        }
    }

    private func orderedSequences(_ op: ComparisonOperator, _ a: [Object], _ b: [Object]) throws -> Bool {
        for (x, y) in zip(a, b) where !(try keysMatch(x, y)) {
            return try compare(op, x, y)
        }
        switch op {
        case .less: return a.count < b.count
        case .lessOrEqual: return a.count <= b.count
        case .greater: return a.count > b.count
        default: return a.count >= b.count
        }
    }

    /// CPython's rich comparison for operands with special methods: the reflected method of a right operand
    /// whose type is a subclass of the left's goes first; `NotImplemented` passes to the other side; when both
    /// decline, `==` and `!=` fall back to identity and the orderings raise `TypeError`.
    func richCompare(_ op: ComparisonOperator, _ lhs: Object, _ rhs: Object) throws -> Object {
        let reflected = op.reflected
        let leftType = type(of: lhs), rightType = type(of: rhs)
        var triedRight = false
        if rightType !== leftType, rightType.isSubtype(of: leftType) {
            triedRight = true
            let result = try compareSlot(reflected, rhs, lhs)
            if case .notImplemented = result {} else { return result }
        }
        let result = try compareSlot(op, lhs, rhs)
        if case .notImplemented = result {} else { return result }
        if !triedRight {
            let result = try compareSlot(reflected, rhs, lhs)
            if case .notImplemented = result {} else { return result }
        }
        switch op {
        case .equal: return .bool(Operators.identical(lhs, rhs))
        case .notEqual: return .bool(!Operators.identical(lhs, rhs))
        default:
            throw PyError.type(
                "'\(op.symbol)' not supported between instances of '\(typeName(lhs))' and '\(typeName(rhs))'")
        }
    }

    /// One side's comparison method: a lesson's special method, a native object's, or the built-in comparison of
    /// two built-ins; `.notImplemented` when that side has none for these operands.
    private func compareSlot(_ op: ComparisonOperator, _ object: Object, _ other: Object) throws -> Object {
        switch object {
        case .instance(let instance):
            if let special = op.special, let method = instance.type.special(special, epoch: typeEpoch), case .function = method {
                return try callSpecial(method, object, [other])
            }
            if op == .notEqual, let method = instance.type.special(.equal, epoch: typeEpoch),
                case .function = method
            {
                let equal = try callSpecial(method, object, [other])
                if case .notImplemented = equal { return equal }
                return .bool(try !truth(equal))
            }
            return .notImplemented
        case .native(let native): return try native.compare(op, other, self)
        default:
            if Self.dispatchesThroughType(other) { return .notImplemented }
            return .bool(try compare(op, object, other))
        }
    }

    /// `a < b` for sorting, `min` and `max`.
    @inline(__always) func lessThan(_ lhs: Object, _ rhs: Object) throws -> Bool {
        if case .float(let a) = lhs, case .float(let b) = rhs { return a < b }
        if case .int(let a) = lhs, case .int(let b) = rhs { return a < b }
        return try compare(.less, lhs, rhs)
    }
}

extension ComparisonOperator {
    /// The operator with its operands swapped: `a < b` is `b > a`.
    var reflected: ComparisonOperator {
        switch self {
        case .less: return .greater
        case .lessOrEqual: return .greaterOrEqual
        case .greater: return .less
        case .greaterOrEqual: return .lessOrEqual
        default: return self
        }
    }

    /// `__lt__`, `__eq__`, …
    var specialMethodName: String {
        switch self {
        case .equal: return "__eq__"
        case .notEqual: return "__ne__"
        case .less: return "__lt__"
        case .lessOrEqual: return "__le__"
        case .greater: return "__gt__"
        case .greaterOrEqual: return "__ge__"
        case .in, .notIn: return "__contains__"
        case .is, .isNot: return ""
        }
    }
}
