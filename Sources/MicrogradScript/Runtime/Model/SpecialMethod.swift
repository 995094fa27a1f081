/// The special methods the dispatch layer asks types for, by number: a type keeps them in an array (see
/// `TypeObject.special`), so `a * b` on two instances finds `__mul__` with an index, not a hashed name.
enum SpecialMethod: Int, CaseIterable {
    case add, subtract, multiply, divide, floorDivide, modulo, power, matrixMultiply, shiftLeft, shiftRight
    case bitAnd, bitOr, bitXor
    case reflectedAdd, reflectedSubtract, reflectedMultiply, reflectedDivide, reflectedFloorDivide
    case reflectedModulo, reflectedPower, reflectedMatrixMultiply, reflectedShiftLeft, reflectedShiftRight
    case reflectedBitAnd, reflectedBitOr, reflectedBitXor
    case inPlaceAdd, inPlaceSubtract, inPlaceMultiply, inPlaceDivide, inPlaceFloorDivide, inPlaceModulo
    case inPlacePower, inPlaceMatrixMultiply, inPlaceShiftLeft, inPlaceShiftRight, inPlaceBitAnd, inPlaceBitOr
    case inPlaceBitXor
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
    case negate, plus, invert, absolute
    case hash, bool, len, call, repr, str, format
    case getitem, setitem, delitem, contains, iter, next, getattr, setattr, initialize, new

    /// The method's Python name.
    var name: String {
        switch self {
        case .add: return "__add__"
        case .subtract: return "__sub__"
        case .multiply: return "__mul__"
        case .divide: return "__truediv__"
        case .floorDivide: return "__floordiv__"
        case .modulo: return "__mod__"
        case .power: return "__pow__"
        case .matrixMultiply: return "__matmul__"
        case .shiftLeft: return "__lshift__"
        case .shiftRight: return "__rshift__"
        case .bitAnd: return "__and__"
        case .bitOr: return "__or__"
        case .bitXor: return "__xor__"
        case .reflectedAdd, .reflectedSubtract, .reflectedMultiply, .reflectedDivide, .reflectedFloorDivide,
            .reflectedModulo, .reflectedPower, .reflectedMatrixMultiply, .reflectedShiftLeft, .reflectedShiftRight,
            .reflectedBitAnd, .reflectedBitOr, .reflectedBitXor:
            return "__r" + Self.allCases[rawValue - Self.reflectedAdd.rawValue].name.dropFirst(2)
        case .inPlaceAdd, .inPlaceSubtract, .inPlaceMultiply, .inPlaceDivide, .inPlaceFloorDivide, .inPlaceModulo,
            .inPlacePower, .inPlaceMatrixMultiply, .inPlaceShiftLeft, .inPlaceShiftRight, .inPlaceBitAnd,
            .inPlaceBitOr, .inPlaceBitXor:
            return "__i" + Self.allCases[rawValue - Self.inPlaceAdd.rawValue].name.dropFirst(2)
        case .equal: return "__eq__"
        case .notEqual: return "__ne__"
        case .less: return "__lt__"
        case .lessOrEqual: return "__le__"
        case .greater: return "__gt__"
        case .greaterOrEqual: return "__ge__"
        case .negate: return "__neg__"
        case .plus: return "__pos__"
        case .invert: return "__invert__"
        case .absolute: return "__abs__"
        case .hash: return "__hash__"
        case .bool: return "__bool__"
        case .len: return "__len__"
        case .call: return "__call__"
        case .repr: return "__repr__"
        case .str: return "__str__"
        case .format: return "__format__"
        case .getitem: return "__getitem__"
        case .setitem: return "__setitem__"
        case .delitem: return "__delitem__"
        case .contains: return "__contains__"
        case .iter: return "__iter__"
        case .next: return "__next__"
        case .getattr: return "__getattr__"
        case .setattr: return "__setattr__"
        case .initialize: return "__init__"
        case .new: return "__new__"
        }
    }
}

extension BinaryOperator {
    /// `__add__`, …
    var special: SpecialMethod { SpecialMethod.allCases[operatorIndex] }
    /// `__radd__`, …
    var reflectedSpecial: SpecialMethod { SpecialMethod.allCases[SpecialMethod.reflectedAdd.rawValue + operatorIndex] }
    /// `__iadd__`, …
    var inPlaceSpecial: SpecialMethod { SpecialMethod.allCases[SpecialMethod.inPlaceAdd.rawValue + operatorIndex] }

    private var operatorIndex: Int {
        switch self {
        case .add: return 0
        case .subtract: return 1
        case .multiply: return 2
        case .divide: return 3
        case .floorDivide: return 4
        case .modulo: return 5
        case .power: return 6
        case .matrixMultiply: return 7
        case .shiftLeft: return 8
        case .shiftRight: return 9
        case .bitAnd: return 10
        case .bitOr: return 11
        case .bitXor: return 12
        }
    }
}

extension ComparisonOperator {
    /// `__lt__`, `__eq__`, …; `nil` for `in`, `is` and their negations.
    var special: SpecialMethod? {
        switch self {
        case .equal: return .equal
        case .notEqual: return .notEqual
        case .less: return .less
        case .lessOrEqual: return .lessOrEqual
        case .greater: return .greater
        case .greaterOrEqual: return .greaterOrEqual
        case .in, .notIn: return .contains
        case .is, .isNot: return nil
        }
    }
}

extension UnaryOperator {
    /// `__neg__`, `__pos__`, `__invert__`; `__bool__` for `not`.
    var special: SpecialMethod {
        switch self {
        case .negate: return .negate
        case .plus: return .plus
        case .invert: return .invert
        case .not: return .bool
        }
    }
}
