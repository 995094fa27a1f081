extension Operators {
    /// Python's `==`: numbers compare by value across int, float and bool; containers element by element;
    /// everything else (engine values, functions, modules) by identity, as micrograd's `Value` has no `__eq__`.
    static func equal(_ lhs: Object, _ rhs: Object) -> Bool {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.none, .none): return true
        case (.list(let a), .list(let b)):
            return a === b || (a.items.count == b.items.count && zip(a.items, b.items).allSatisfy { equal($0, $1) })
        case (.tuple(let a), .tuple(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { equal($0, $1) }
        case (.dict(let a), .dict(let b)):
            if a === b { return true }
            guard a.count == b.count else { return false }
            for (key, value) in zip(a.keys, a.values) {
                guard let other = try? b.get(key), equal(value, other) else { return false }
            }
            return true
        case (.set(let a), .set(let b)):
            return a.count == b.count && a.elements.allSatisfy { (try? b.contains($0)) ?? false }
        case (.range(let a), .range(let b)):
            return a.count == b.count && (a.count == 0 || (a.start == b.start && (a.count == 1 || a.step == b.step)))
        default:
            if let a = lhs.asDouble, let b = rhs.asDouble, lhs.isNumber, rhs.isNumber {
                if lhs.isIntLike, rhs.isIntLike { return lhs.asInt == rhs.asInt }
                return a == b
            }
            return identical(lhs, rhs)
        }
    }

    /// Python's `is`.
    static func identical(_ lhs: Object, _ rhs: Object) -> Bool {
        switch (lhs, rhs) {
        case (.none, .none): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b && (-5...256).contains(a)
        case (.string(let a), .string(let b)): return a == b
        case (.list(let a), .list(let b)): return a === b
        case (.dict(let a), .dict(let b)): return a === b
        case (.set(let a), .set(let b)): return a === b
        case (.range(let a), .range(let b)): return a === b
        case (.iterator(let a), .iterator(let b)): return a === b
        case (.function(let a), .function(let b)): return a === b
        case (.builtin(let a), .builtin(let b)): return a === b
        case (.module(let a), .module(let b)): return a === b
        case (.value(let a), .value(let b)): return a === b
        case (.neuron(let a), .neuron(let b)): return a === b
        case (.layer(let a), .layer(let b)): return a === b
        case (.mlp(let a), .mlp(let b)): return a === b
        default: return false
        }
    }

    /// Python's `<`, `<=`, `>`, `>=` through one three-way comparison; `TypeError` for unorderable pairs.
    static func compare(_ lhs: Object, _ rhs: Object, symbol: String) throws -> Int {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return a < b ? -1 : (a == b ? 0 : 1)
        case (.float(let a), .float(let b)): return a < b ? -1 : (a == b ? 0 : (a > b ? 1 : 2))
        case (.string(let a), .string(let b)):
            let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
            return x.lexicographicallyPrecedes(y) ? -1 : (x == y ? 0 : 1)
        case (.list(let a), .list(let b)): return try compareSequences(a.items, b.items, symbol: symbol)
        case (.tuple(let a), .tuple(let b)): return try compareSequences(a, b, symbol: symbol)
        default:
            if lhs.isNumber, rhs.isNumber {
                if lhs.isIntLike, rhs.isIntLike, let a = lhs.asInt, let b = rhs.asInt {
                    return a < b ? -1 : (a == b ? 0 : 1)
                }
                if let a = lhs.asDouble, let b = rhs.asDouble {
                    // 2 marks an unordered pair (NaN): every ordering comparison is false.
                    return a < b ? -1 : (a == b ? 0 : (a > b ? 1 : 2))
                }
            }
            throw PyError.type(
                "'\(symbol)' not supported between instances of '\(lhs.typeName)' and '\(rhs.typeName)'")
        }
    }

    private static func compareSequences(_ a: [Object], _ b: [Object], symbol: String) throws -> Int {
        for (x, y) in zip(a, b) where !equal(x, y) {
            return try compare(x, y, symbol: symbol)
        }
        return a.count < b.count ? -1 : (a.count == b.count ? 0 : 1)
    }

    static func lessThan(_ lhs: Object, _ rhs: Object) throws -> Bool {
        if case .float(let a) = lhs, case .float(let b) = rhs { return a < b }
        return try compare(lhs, rhs, symbol: "<") == -1
    }

    static func lessOrEqual(_ lhs: Object, _ rhs: Object) throws -> Bool {
        let order = try compare(lhs, rhs, symbol: "<=")
        return order == -1 || order == 0
    }

    static func greaterThan(_ lhs: Object, _ rhs: Object) throws -> Bool {
        if case .float(let a) = lhs, case .float(let b) = rhs { return a > b }
        return try compare(lhs, rhs, symbol: ">") == 1
    }

    static func greaterOrEqual(_ lhs: Object, _ rhs: Object) throws -> Bool {
        let order = try compare(lhs, rhs, symbol: ">=")
        return order == 1 || order == 0
    }

    /// Python's `in`.
    static func contains(_ container: Object, _ element: Object) throws -> Bool {
        switch container {
        case .list(let l): return l.items.contains { equal($0, element) }
        case .tuple(let t): return t.contains { equal($0, element) }
        case .dict(let d): return try d.contains(element)
        case .set(let s): return try s.contains(element)
        case .string(let s):
            guard case .string(let needle) = element else {
                throw PyError.type("'in <string>' requires string as left operand, not \(element.typeName)")
            }
            return needle.isEmpty || s.contains(needle)
        case .range(let r):
            guard element.isNumber, let d = element.asDouble, d == d.rounded(), let i = Int(exactly: d) else {
                return false
            }
            if r.step > 0 {
                guard i >= r.start, i < r.stop else { return false }
                return UInt(bitPattern: i &- r.start) % UInt(r.step) == 0
            }
            guard i <= r.start, i > r.stop else { return false }
            return UInt(bitPattern: r.start &- i) % r.step.magnitude == 0
        case .iterator(let it): return it.drain().contains { equal($0, element) }
        default:
            throw PyError.type("argument of type '\(container.typeName)' is not iterable")
        }
    }
}

extension Object {
    /// Ints, bools and floats.
    var isNumber: Bool {
        switch self {
        case .int, .bool, .float: return true
        default: return false
        }
    }
}
