import Micrograd

extension Interpreter {
    /// Python's `a op b`: the built-in operators for built-in operands, and CPython's protocol when either side
    /// has special methods (`__add__`, then the other side's `__radd__`; the right side first when its type is a
    /// subclass of the left's that overrides the reflected method).
    func binary(_ op: BinaryOperator, _ lhs: Object, _ rhs: Object) throws -> Object {
        if !Self.dispatchesThroughType(lhs), !Self.dispatchesThroughType(rhs) {
            return try builtinBinary(op, lhs, rhs)
        }
        let leftType = type(of: lhs), rightType = type(of: rhs)
        var triedRight = false
        if rightType !== leftType, rightType.isSubtype(of: leftType),
            rightType.special(op.reflectedSpecial, epoch: typeEpoch) != nil
        {
            triedRight = true
            let result = try binarySlot(op, rhs, lhs, reflected: true)
            if case .notImplemented = result {} else { return result }
        }
        let result = try binarySlot(op, lhs, rhs, reflected: false)
        if case .notImplemented = result {} else { return result }
        if !triedRight, rightType !== leftType || Self.dispatchesThroughType(rhs) {
            let result = try binarySlot(op, rhs, lhs, reflected: true)
            if case .notImplemented = result {} else { return result }
        }
        throw unsupportedOperands(op, lhs, rhs)
    }

    /// `a op= b`: `__iadd__` and friends when the left side defines them, else `a op b`. Lists extend in place.
    func inPlace(_ op: BinaryOperator, _ lhs: Object, _ rhs: Object) throws -> Object {
        switch lhs {
        case .list(let list) where op == .add:
            let added = try elements(of: rhs)
            try checkSize(list.items.count + added.count)
            try chargeMade(added.count)
            list.items.append(contentsOf: added)
            return lhs
        case .set(let set) where op == .bitOr || op == .bitAnd || op == .subtract || op == .bitXor:
            guard case .set(let other) = rhs else { break }
            try SetAlgebra.update(set, op, other, self)
            return lhs
        case .instance(let instance):
            if let method = instance.type.special(op.inPlaceSpecial, epoch: typeEpoch) {
                let result = try callSpecial(method, lhs, [rhs])
                if case .notImplemented = result {} else { return result }
            }
        case .native(let native):
            let result = try native.inPlace(op, rhs, self)
            if case .notImplemented = result {} else { return result }
        default: break
        }
        return try binary(op, lhs, rhs)
    }

    /// One side's binary method: a lesson's `__add__`/`__radd__`, a native object's operator, or `.notImplemented`
    /// for a built-in facing a lesson's object.
    private func binarySlot(_ op: BinaryOperator, _ object: Object, _ other: Object, reflected: Bool) throws
        -> Object
    {
        switch object {
        case .instance(let instance):
            guard let method = instance.type.special(reflected ? op.reflectedSpecial : op.special, epoch: typeEpoch) else {
                return .notImplemented
            }
            return try callSpecial(method, object, [other])
        case .native(let native): return try native.binary(op, other, reflected: reflected, self)
        default:
            if Self.dispatchesThroughType(other) { return .notImplemented }
            return reflected ? try builtinBinary(op, other, object) : try builtinBinary(op, object, other)
        }
    }

    /// The built-in operators, which pay for what `+`, `*` and `%` make.
    func builtinBinary(_ op: BinaryOperator, _ lhs: Object, _ rhs: Object) throws -> Object {
        let limit = limits.collectionElements
        switch op {
        case .add: return try charged(Operators.add(lhs, rhs, limit: limit))
        case .subtract:
            if case .set(let a) = lhs, case .set(let b) = rhs { return try SetAlgebra.combine(a, op, b, self) }
            return try Operators.subtract(lhs, rhs)
        case .multiply: return try charged(Operators.multiply(lhs, rhs, limit: limit))
        case .divide: return try Operators.divide(lhs, rhs)
        case .floorDivide: return try Operators.floorDivide(lhs, rhs)
        case .modulo:
            if case .string(let template) = lhs { return try charged(.string(PercentFormat.format(template, rhs, self))) }
            return try charged(Operators.modulo(lhs, rhs, limit: limit))
        case .power: return try Operators.power(lhs, rhs)
        case .bitAnd, .bitOr, .bitXor:
            if case .set(let a) = lhs, case .set(let b) = rhs { return try SetAlgebra.combine(a, op, b, self) }
            return try Operators.bitwise(op, lhs, rhs)
        case .matrixMultiply, .shiftLeft, .shiftRight: return try Operators.bitwise(op, lhs, rhs)
        }
    }

    /// Python's `unsupported operand type(s)` error, with the types' names.
    func unsupportedOperands(_ op: BinaryOperator, _ lhs: Object, _ rhs: Object) -> PyError {
        // `*` with a sequence on either side is a repetition whose count must be an int, as CPython reports it.
        if op == .multiply {
            switch (lhs, rhs) {
            case (.string, _), (.list, _), (.tuple, _):
                return .type("can't multiply sequence by non-int of type '\(typeName(rhs))'")
            case (_, .string), (_, .list), (_, .tuple):
                return .type("can't multiply sequence by non-int of type '\(typeName(lhs))'")
            default: break
            }
        }
        let symbol = op == .power ? "** or pow()" : op.symbol
        return .type("unsupported operand type(s) for \(symbol): '\(typeName(lhs))' and '\(typeName(rhs))'")
    }

    /// `-x`, `+x`, `~x` and `abs(x)`: the built-ins, or a lesson's `__neg__`, `__pos__`, `__invert__`,
    /// `__abs__`.
    func unary(_ op: UnaryOperator, _ operand: Object) throws -> Object {
        switch operand {
        case .instance(let instance):
            guard let method = instance.type.special(op.special, epoch: typeEpoch) else { break }
            return try callSpecial(method, operand, [])
        case .native(let native):
            if let result = try native.unary(op, self) { return result }
        default:
            switch op {
            case .negate: return try Operators.negate(operand)
            case .plus: return try Operators.plus(operand)
            case .invert:
                guard operand.isIntLike, let i = operand.asInt else { break }
                return .int(~i)
            case .not: return .bool(try !truth(operand))
            }
        }
        throw PyError.type("bad operand type for unary \(op.symbol): '\(typeName(operand))'")
    }

    /// `abs(x)`.
    func absolute(_ operand: Object) throws -> Object {
        switch operand {
        case .int(let i):
            if i == Int.min { throw PyError.intOverflow }
            return .int(abs(i))
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(abs(d))
        case .instance(let instance):
            if let method = instance.type.special(.absolute, epoch: typeEpoch) {
                return try callSpecial(method, operand, [])
            }
        case .native(let native):
            if let method = try native.attribute("__abs__", self) { return try call(method, Arguments([])) }
        default: break
        }
        throw PyError.type("bad operand type for abs(): '\(typeName(operand))'")
    }
}

extension BinaryOperator {
    /// `__add__`, `__sub__`, …: the names of the operator's special methods, as the type tables know them.
    var methodName: String { special.name }

    /// `__radd__`, `__rsub__`, …
    var reflectedMethodName: String { reflectedSpecial.name }

    /// `__iadd__`, `__isub__`, …
    var inPlaceMethodName: String { inPlaceSpecial.name }
}

extension UnaryOperator {
    /// `__neg__`, `__pos__`, `__invert__`.
    var methodName: String {
        switch self {
        case .negate: return "__neg__"
        case .plus: return "__pos__"
        case .invert: return "__invert__"
        case .not: return "__bool__"
        }
    }
}
