import Foundation
import Micrograd

/// Python's binary arithmetic on the language's objects: ints stay ints (64-bit, `OverflowError` beyond),
/// mixing with floats gives floats, and engine values build graph nodes exactly as micrograd's dunder methods do.
enum Operators {
    static func unsupported(_ symbol: String, _ lhs: Object, _ rhs: Object) -> PyError {
        .type("unsupported operand type(s) for \(symbol): '\(lhs.typeName)' and '\(rhs.typeName)'")
    }

    static func add(_ lhs: Object, _ rhs: Object, limit: Int) throws -> Object {
        switch (lhs, rhs) {
        case (.float(let a), .float(let b)): return .float(a + b)
        case (.int(let a), .int(let b)):
            let (sum, overflow) = a.addingReportingOverflow(b)
            if overflow { throw PyError.intOverflow }
            return .int(sum)
        case (.value(let a), .value(let b)): return .value(a + b)
        case (.value(let a), _):
            guard let b = rhs.asDouble else { throw unsupported("+", lhs, rhs) }
            return .value(a + b)
        case (_, .value(let b)):
            guard let a = lhs.asDouble else { throw unsupported("+", lhs, rhs) }
            return .value(a + b)
        case (.string(let a), .string(let b)):
            try checkSize(a.count + b.count, limit: limit)
            return .string(a + b)
        case (.list(let a), .list(let b)):
            try checkSize(a.items.count + b.items.count, limit: limit)
            return .list(ListObject(a.items + b.items))
        case (.tuple(let a), .tuple(let b)):
            try checkSize(a.count + b.count, limit: limit)
            return .tuple(a.items + b.items)
        default:
            if let a = lhs.asInt, let b = rhs.asInt, lhs.isIntLike, rhs.isIntLike {
                return try add(.int(a), .int(b), limit: limit)
            }
            if let a = lhs.asDouble, let b = rhs.asDouble { return .float(a + b) }
            if case .string = lhs { throw PyError.type("can only concatenate str (not \"\(rhs.typeName)\") to str") }
            if case .list = lhs { throw PyError.type("can only concatenate list (not \"\(rhs.typeName)\") to list") }
            throw unsupported("+", lhs, rhs)
        }
    }

    static func subtract(_ lhs: Object, _ rhs: Object) throws -> Object {
        switch (lhs, rhs) {
        case (.float(let a), .float(let b)): return .float(a - b)
        case (.int(let a), .int(let b)):
            let (difference, overflow) = a.subtractingReportingOverflow(b)
            if overflow { throw PyError.intOverflow }
            return .int(difference)
        case (.value(let a), .value(let b)): return .value(a - b)
        case (.value(let a), _):
            guard let b = rhs.asDouble else { throw unsupported("-", lhs, rhs) }
            return .value(a - b)
        case (_, .value(let b)):
            guard let a = lhs.asDouble else { throw unsupported("-", lhs, rhs) }
            return .value(a - b)
        default:
            if lhs.isIntLike, rhs.isIntLike, let a = lhs.asInt, let b = rhs.asInt {
                return try subtract(.int(a), .int(b))
            }
            if let a = lhs.asDouble, let b = rhs.asDouble { return .float(a - b) }
            throw unsupported("-", lhs, rhs)
        }
    }

    static func multiply(_ lhs: Object, _ rhs: Object, limit: Int) throws -> Object {
        switch (lhs, rhs) {
        case (.float(let a), .float(let b)): return .float(a * b)
        case (.int(let a), .int(let b)):
            let (product, overflow) = a.multipliedReportingOverflow(by: b)
            if overflow { throw PyError.intOverflow }
            return .int(product)
        case (.value(let a), .value(let b)): return .value(a * b)
        case (.value(let a), _):
            guard let b = rhs.asDouble else { throw unsupported("*", lhs, rhs) }
            return .value(a * b)
        case (_, .value(let b)):
            guard let a = lhs.asDouble else { throw unsupported("*", lhs, rhs) }
            return .value(a * b)
        default:
            if lhs.isIntLike, rhs.isIntLike, let a = lhs.asInt, let b = rhs.asInt {
                return try multiply(.int(a), .int(b), limit: limit)
            }
            if let repeated = try repeatSequence(lhs, rhs, limit: limit) { return repeated }
            if let repeated = try repeatSequence(rhs, lhs, limit: limit) { return repeated }
            if let a = lhs.asDouble, let b = rhs.asDouble { return .float(a * b) }
            if rhs.isIntLike || lhs.isIntLike, lhs.isSequence || rhs.isSequence {
                throw unsupported("*", lhs, rhs)
            }
            if lhs.isSequence || rhs.isSequence {
                let other = lhs.isSequence ? rhs : lhs
                throw PyError.type("can't multiply sequence by non-int of type '\(other.typeName)'")
            }
            throw unsupported("*", lhs, rhs)
        }
    }

    /// `[0] * n`, `"ab" * n`, `(1,) * n`: `nil` when `sequence` is not a sequence or `count` not an int.
    private static func repeatSequence(_ sequence: Object, _ count: Object, limit: Int) throws -> Object? {
        guard count.isIntLike, let n = count.asInt else { return nil }
        let times = max(0, n)
        switch sequence {
        case .string(let s):
            try checkSize(s.count.multipliedReportingOverflow(by: times), limit: limit)
            return .string(String(repeating: s, count: times))
        case .list(let l):
            try checkSize(l.items.count.multipliedReportingOverflow(by: times), limit: limit)
            var items: [Object] = []
            items.reserveCapacity(l.items.count * times)
            for _ in 0..<times { items.append(contentsOf: l.items) }
            return .list(ListObject(items))
        case .tuple(let t):
            try checkSize(t.count.multipliedReportingOverflow(by: times), limit: limit)
            var items: [Object] = []
            for _ in 0..<times { items.append(contentsOf: t.items) }
            return .tuple(items)
        default: return nil
        }
    }

    static func checkSize(_ count: (partialValue: Int, overflow: Bool), limit: Int) throws {
        if count.overflow { throw memoryError(limit: limit) }
        try checkSize(count.partialValue, limit: limit)
    }

    static func checkSize(_ count: Int, limit: Int) throws {
        if count > limit { throw memoryError(limit: limit) }
    }

    static func memoryError(limit: Int) -> PyError {
        PyError("MemoryError", "a collection may hold at most \(limit) elements (Gradbook's limit)")
    }
}

extension Object {
    /// Ints and bools: the operands of integer arithmetic.
    var isIntLike: Bool {
        switch self {
        case .int, .bool: return true
        default: return false
        }
    }

    /// Strings, lists and tuples: what `*` by an int repeats.
    var isSequence: Bool {
        switch self {
        case .string, .list, .tuple: return true
        default: return false
        }
    }
}
