import Foundation

/// The element rules of each two-operand ufunc, for each common dtype, as numpy 1.26 computes them.
enum BinaryKernels {
    private typealias Loop = ElementwiseLoop

    /// `operation` over `a` and `b` broadcast to `shape`.
    static func run(_ operation: BinaryOperation, _ a: NDArray, _ b: NDArray, shape: [Int]) throws -> NDArray {
        let common = a.dtype.promoted(with: b.dtype)
        _ = try ElementLimit.checkedCount(shape, dtype: common)
        switch common {
        case .float64: return try float(operation, a, b, shape)
        case .int64: return try integer(operation, a, b, shape)
        case .bool: return try boolean(operation, a, b, shape)
        }
    }

    private static func float(_ operation: BinaryOperation, _ a: NDArray, _ b: NDArray, _ shape: [Int]) throws
        -> NDArray
    {
        switch operation {
        case .add: return Loop.map(a, b, shape: shape) { (x: Double, y: Double) in x + y }
        case .subtract: return Loop.map(a, b, shape: shape) { (x: Double, y: Double) in x - y }
        case .multiply: return Loop.map(a, b, shape: shape) { (x: Double, y: Double) in x * y }
        case .trueDivide: return Loop.map(a, b, shape: shape) { (x: Double, y: Double) in x / y }
        case .floorDivide: return Loop.map(a, b, shape: shape) { (x: Double, y: Double) in FloatDivision.floorDivide(x, y) }
        case .remainder: return Loop.map(a, b, shape: shape) { (x: Double, y: Double) in FloatDivision.remainder(x, y) }
        case .power: return Loop.map(a, b, shape: shape) { (x: Double, y: Double) in Foundation.pow(x, y) }
        case .maximum: return Loop.map(a, b, shape: shape) { (x: Double, y: Double) in x > y || x.isNaN ? x : y }
        case .minimum: return Loop.map(a, b, shape: shape) { (x: Double, y: Double) in x < y || x.isNaN ? x : y }
        case .equal: return Loop.map(a, b, shape: shape) { (x: Double, y: Double) in x == y }
        case .notEqual: return Loop.map(a, b, shape: shape) { (x: Double, y: Double) in x != y }
        case .less: return Loop.map(a, b, shape: shape) { (x: Double, y: Double) in x < y }
        case .lessEqual: return Loop.map(a, b, shape: shape) { (x: Double, y: Double) in x <= y }
        case .greater: return Loop.map(a, b, shape: shape) { (x: Double, y: Double) in x > y }
        case .greaterEqual: return Loop.map(a, b, shape: shape) { (x: Double, y: Double) in x >= y }
        case .logicalAnd: return Loop.map(a, b, shape: shape) { (x: Bool, y: Bool) in x && y }
        case .logicalOr: return Loop.map(a, b, shape: shape) { (x: Bool, y: Bool) in x || y }
        case .logicalXor: return Loop.map(a, b, shape: shape) { (x: Bool, y: Bool) in x != y }
        case .bitwiseAnd, .bitwiseOr, .bitwiseXor, .leftShift, .rightShift:
            throw NumPyError.unsupported(ufunc: operation.ufuncName)
        }
    }

    private static func integer(_ operation: BinaryOperation, _ a: NDArray, _ b: NDArray, _ shape: [Int]) throws
        -> NDArray
    {
        switch operation {
        case .add: return Loop.map(a, b, shape: shape) { (x: Int64, y: Int64) in x &+ y }
        case .subtract: return Loop.map(a, b, shape: shape) { (x: Int64, y: Int64) in x &- y }
        case .multiply: return Loop.map(a, b, shape: shape) { (x: Int64, y: Int64) in x &* y }
        case .trueDivide: return Loop.map(a, b, shape: shape) { (x: Double, y: Double) in x / y }
        case .floorDivide: return Loop.map(a, b, shape: shape) { (x: Int64, y: Int64) in IntegerDivision.floorDivide(x, y) }
        case .remainder: return Loop.map(a, b, shape: shape) { (x: Int64, y: Int64) in IntegerDivision.remainder(x, y) }
        case .power:
            if ArrayShape.count(shape) > 0, b.elements(as: Int64.self).contains(where: { $0 < 0 }) {
                throw NumPyError.value("Integers to negative integer powers are not allowed.")
            }
            return Loop.map(a, b, shape: shape) { (x: Int64, y: Int64) in IntegerDivision.power(x, y) }
        case .maximum: return Loop.map(a, b, shape: shape) { (x: Int64, y: Int64) in Swift.max(x, y) }
        case .minimum: return Loop.map(a, b, shape: shape) { (x: Int64, y: Int64) in Swift.min(x, y) }
        case .equal: return Loop.map(a, b, shape: shape) { (x: Int64, y: Int64) in x == y }
        case .notEqual: return Loop.map(a, b, shape: shape) { (x: Int64, y: Int64) in x != y }
        case .less: return Loop.map(a, b, shape: shape) { (x: Int64, y: Int64) in x < y }
        case .lessEqual: return Loop.map(a, b, shape: shape) { (x: Int64, y: Int64) in x <= y }
        case .greater: return Loop.map(a, b, shape: shape) { (x: Int64, y: Int64) in x > y }
        case .greaterEqual: return Loop.map(a, b, shape: shape) { (x: Int64, y: Int64) in x >= y }
        case .bitwiseAnd: return Loop.map(a, b, shape: shape) { (x: Int64, y: Int64) in x & y }
        case .bitwiseOr: return Loop.map(a, b, shape: shape) { (x: Int64, y: Int64) in x | y }
        case .bitwiseXor: return Loop.map(a, b, shape: shape) { (x: Int64, y: Int64) in x ^ y }
        case .leftShift:
            return Loop.map(a, b, shape: shape) { (x: Int64, y: Int64) in UInt64(bitPattern: y) < 64 ? x << y : 0 }
        case .rightShift:
            return Loop.map(a, b, shape: shape) { (x: Int64, y: Int64) in
                UInt64(bitPattern: y) < 64 ? x >> y : (x < 0 ? -1 : 0)
            }
        case .logicalAnd: return Loop.map(a, b, shape: shape) { (x: Bool, y: Bool) in x && y }
        case .logicalOr: return Loop.map(a, b, shape: shape) { (x: Bool, y: Bool) in x || y }
        case .logicalXor: return Loop.map(a, b, shape: shape) { (x: Bool, y: Bool) in x != y }
        }
    }

    /// Bool operands: `+` and `*` are `or` and `and`, `-` is refused as numpy refuses it, and the operations
    /// numpy computes in `int8` (`//`, `%`, `**`, shifts) are computed in `int64` here.
    private static func boolean(_ operation: BinaryOperation, _ a: NDArray, _ b: NDArray, _ shape: [Int]) throws
        -> NDArray
    {
        switch operation {
        case .add, .maximum, .bitwiseOr, .logicalOr:
            return Loop.map(a, b, shape: shape) { (x: Bool, y: Bool) in x || y }
        case .multiply, .minimum, .bitwiseAnd, .logicalAnd:
            return Loop.map(a, b, shape: shape) { (x: Bool, y: Bool) in x && y }
        case .bitwiseXor, .logicalXor, .notEqual:
            return Loop.map(a, b, shape: shape) { (x: Bool, y: Bool) in x != y }
        case .equal: return Loop.map(a, b, shape: shape) { (x: Bool, y: Bool) in x == y }
        case .subtract:
            throw NumPyError.type(
                "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, "
                    + "or the logical_xor function instead.")
        case .trueDivide, .floorDivide, .remainder, .power, .less, .lessEqual, .greater, .greaterEqual,
            .leftShift, .rightShift:
            return try integer(operation, a, b, shape)
        }
    }
}
