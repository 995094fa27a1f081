import Foundation
import Micrograd

extension Operators {
    /// micrograd divides by multiplying with `other ** -1`, which Python refuses for zero.
    static let zeroToNegativePower = PyError("ZeroDivisionError", "0.0 cannot be raised to a negative power")

    static func divide(_ lhs: Object, _ rhs: Object) throws -> Object {
        switch (lhs, rhs) {
        case (.value(let a), .value(let b)):
            if b.data == 0 { throw zeroToNegativePower }
            return .value(a / b)
        case (.value(let a), _):
            guard let b = rhs.asDouble else { throw unsupported("/", lhs, rhs) }
            if b == 0 { throw zeroToNegativePower }
            return .value(a / b)
        case (_, .value(let b)):
            guard let a = lhs.asDouble else { throw unsupported("/", lhs, rhs) }
            if b.data == 0 { throw zeroToNegativePower }
            return .value(a / b)
        default:
            guard let a = lhs.asDouble, let b = rhs.asDouble else { throw unsupported("/", lhs, rhs) }
            if b == 0 {
                throw lhs.isIntLike && rhs.isIntLike
                    ? PyError.divisionByZero : PyError("ZeroDivisionError", "float division by zero")
            }
            return .float(a / b)
        }
    }

    static func floorDivide(_ lhs: Object, _ rhs: Object) throws -> Object {
        if lhs.isIntLike, rhs.isIntLike, let a = lhs.asInt, let b = rhs.asInt {
            if b == 0 { throw PyError("ZeroDivisionError", "integer division or modulo by zero") }
            if a == Int.min, b == -1 { throw PyError.intOverflow }
            return .int(floorDivision(a, b))
        }
        guard let a = lhs.asDouble, let b = rhs.asDouble else { throw unsupported("//", lhs, rhs) }
        if b == 0 { throw PyError("ZeroDivisionError", "float floor division by zero") }
        return .float(floatDivmod(a, b).quotient)
    }

    static func modulo(_ lhs: Object, _ rhs: Object, limit: Int) throws -> Object {
        if lhs.isIntLike, rhs.isIntLike, let a = lhs.asInt, let b = rhs.asInt {
            if b == 0 { throw PyError("ZeroDivisionError", "integer modulo by zero") }
            if b == -1 { return .int(0) }
            let remainder = a % b
            return .int(remainder != 0 && (remainder < 0) != (b < 0) ? remainder + b : remainder)
        }
        guard let a = lhs.asDouble, let b = rhs.asDouble else { throw unsupported("%", lhs, rhs) }
        if b == 0 { throw PyError("ZeroDivisionError", "float modulo") }
        return .float(floatDivmod(a, b).remainder)
    }

    static func floorDivision(_ a: Int, _ b: Int) -> Int {
        let quotient = a / b
        return (a % b != 0) && ((a < 0) != (b < 0)) ? quotient - 1 : quotient
    }

    /// CPython's `float_divmod`, so `-7.5 // 2` and `-7.5 % 2` agree with Python to the last bit.
    static func floatDivmod(_ x: Double, _ y: Double) -> (quotient: Double, remainder: Double) {
        var mod = fmod(x, y)
        var div = (x - mod) / y
        if mod != 0 {
            if (y < 0) != (mod < 0) {
                mod += y
                div -= 1
            }
        } else {
            mod = copysign(0, y)
        }
        var floorDiv: Double
        if div != 0 {
            floorDiv = floor(div)
            if div - floorDiv > 0.5 { floorDiv += 1 }
        } else {
            floorDiv = copysign(0, x / y)
        }
        return (floorDiv, mod)
    }

    static func power(_ lhs: Object, _ rhs: Object) throws -> Object {
        if case .value(let base) = lhs {
            if let exponent = rhs.asDouble, rhs.isNumber {
                _ = try floatPower(base.data, exponent)
            }
            switch rhs {
            case .int(let e): return .value(base.pow(e))
            case .bool(let b): return .value(base.pow(b ? 1 : 0))
            case .float(let e): return .value(base.pow(e))
            default: throw unsupported("** or pow()", lhs, rhs)
            }
        }
        if lhs.isIntLike, rhs.isIntLike, let a = lhs.asInt, let b = rhs.asInt {
            if b >= 0 { return .int(try integerPower(a, b)) }
            if a == 0 { throw PyError("ZeroDivisionError", "0.0 cannot be raised to a negative power") }
            return .float(Foundation.pow(Double(a), Double(b)))
        }
        guard let a = lhs.asDouble, let b = rhs.asDouble else { throw unsupported("** or pow()", lhs, rhs) }
        return .float(try floatPower(a, b))
    }

    static func integerPower(_ base: Int, _ exponent: Int) throws -> Int {
        var result = 1
        var square = base
        var remaining = exponent
        while remaining > 0 {
            if remaining & 1 == 1 {
                let (product, overflow) = result.multipliedReportingOverflow(by: square)
                if overflow { throw PyError.intOverflow }
                result = product
            }
            remaining >>= 1
            if remaining > 0 {
                let (next, overflow) = square.multipliedReportingOverflow(by: square)
                if overflow { throw PyError.intOverflow }
                square = next
            }
        }
        return result
    }

    static func floatPower(_ a: Double, _ b: Double) throws -> Double {
        if a == 0, b < 0 { throw PyError("ZeroDivisionError", "0.0 cannot be raised to a negative power") }
        if a < 0, b != b.rounded(), b.isFinite {
            throw PyError.value("negative number cannot be raised to a fractional power")
        }
        let result = Foundation.pow(a, b)
        if result.isInfinite, a.isFinite, b.isFinite {
            throw PyError("OverflowError", "(34, 'Numerical result out of range')")
        }
        return result
    }

    static func negate(_ operand: Object) throws -> Object {
        switch operand {
        case .int(let i):
            if i == Int.min { throw PyError.intOverflow }
            return .int(-i)
        case .bool(let b): return .int(b ? -1 : 0)
        case .float(let d): return .float(-d)
        case .value(let v): return .value(-v)
        default: throw PyError.type("bad operand type for unary -: '\(operand.typeName)'")
        }
    }

    static func plus(_ operand: Object) throws -> Object {
        switch operand {
        case .int, .float, .value: return operand
        case .bool(let b): return .int(b ? 1 : 0)
        default: throw PyError.type("bad operand type for unary +: '\(operand.typeName)'")
        }
    }
}
