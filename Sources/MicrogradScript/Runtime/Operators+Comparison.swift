extension Operators {
    /// Python's `==` for built-in objects, without lesson code: numbers compare by value across int, float and
    /// bool; strings, lists and tuples element by element; everything else (engine values, functions, modules,
    /// dicts and sets, which `Interpreter.equal` compares) by identity. `Interpreter.equal` is the full protocol.
    static func equal(_ lhs: Object, _ rhs: Object) -> Bool {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.none, .none): return true
        case (.list(let a), .list(let b)):
            return a === b || (a.items.count == b.items.count && zip(a.items, b.items).allSatisfy { equal($0, $1) })
        case (.tuple(let a), .tuple(let b)):
            return a === b || (a.count == b.count && zip(a.items, b.items).allSatisfy { equal($0, $1) })
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
        case (.none, .none), (.notImplemented, .notImplemented), (.ellipsis, .ellipsis): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b && (-5...256).contains(a)
        case (.string(let a), .string(let b)): return a == b
        case (.list(let a), .list(let b)): return a === b
        case (.tuple(let a), .tuple(let b)): return a === b || (a.isEmpty && b.isEmpty)
        case (.dict(let a), .dict(let b)): return a === b
        case (.set(let a), .set(let b)): return a === b
        case (.range(let a), .range(let b)): return a === b
        case (.iterator(let a), .iterator(let b)): return a === b
        case (.function(let a), .function(let b)): return a === b
        case (.builtin(let a), .builtin(let b)): return a === b
        case (.boundMethod(let a), .boundMethod(let b)): return a === b
        case (.module(let a), .module(let b)): return a === b
        case (.type(let a), .type(let b)): return a === b
        case (.instance(let a), .instance(let b)): return a === b
        case (.native(let a), .native(let b)): return a === b
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
        case (.tuple(let a), .tuple(let b)): return try compareSequences(a.items, b.items, symbol: symbol)
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
