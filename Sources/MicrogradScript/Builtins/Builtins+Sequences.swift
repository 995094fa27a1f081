import Micrograd

extension BuiltinCatalogue {
    static func sequences(_ interpreter: Interpreter) -> [String: Object] {
        let rt = InterpreterReference(interpreter)
        return Dictionary(
            uniqueKeysWithValues: [
                function("sum", one: { x in try sum(try rt.elements(of: x), start: nil, rt) }) { args in
                    try args.expect("sum", 1, 2, keywords: ["start"])
                    return try sum(try rt.elements(of: args.positional[0]), start: args.argument(1, "start"), rt)
                },
                type(interpreter, "zip") { args in
                    try args.expect("zip", 0, Int.max)
                    let columns = try args.positional.map { try rt.elements(of: $0) }
                    var count = columns.first?.count ?? 0
                    for column in columns { count = min(count, column.count) }
                    var rows: [Object] = []
                    rows.reserveCapacity(count)
                    if columns.count == 2 {
                        let (first, second) = (columns[0], columns[1])
                        for i in 0..<count { rows.append(.tuple([first[i], second[i]])) }
                    } else {
                        for i in 0..<count { rows.append(.tuple(columns.map { $0[i] })) }
                    }
                    return .iterator(IteratorObject(typeName: "zip", items: rows))
                },
                type(interpreter, "enumerate") { args in
                    try args.expect("enumerate", 1, 2, keywords: ["start"])
                    let start = args.argument(1, "start") == nil ? 0 : try args.requireInt(1, "enumerate", keyword: "start")
                    let items = try rt.elements(of: args.positional[0])
                    let pairs = try items.enumerated().map { offset, element in
                        let (index, overflow) = start.addingReportingOverflow(offset)
                        if overflow { throw PyError.intOverflow }
                        return Object.tuple([.int(index), element])
                    }
                    return .iterator(IteratorObject(typeName: "enumerate", items: pairs))
                },
                function("min") { args in try extreme(args, name: "min", rt) },
                function("max") { args in try extreme(args, name: "max", rt) },
                function("sorted") { args in
                    try args.expect("sorted", 1, 1, keywords: ["key", "reverse"])
                    let items = try rt.elements(of: args.positional[0])
                    let sorted = try rt { try $0.sorted(items, key: args.keyword("key"), reverse: args.keyword("reverse")) }
                    return .list(ListObject(sorted))
                },
                type(interpreter, "reversed") { args in
                    try args.expect("reversed", 1, 1)
                    if case .dict = args.positional[0] { throw PyError.type("'dict' object is not reversible") }
                    return .iterator(
                        IteratorObject(typeName: "reversed", items: try rt.elements(of: args.positional[0]).reversed()))
                },
                type(interpreter, "map", two: { function, xs in try map(function, over: xs, rt) }) { args in
                    try args.expect("map", 2, Int.max)
                    let function = args.positional[0]
                    if args.positional.count == 2 { return try map(function, over: args.positional[1], rt) }
                    var out: [Object] = []
                    let columns = try args.positional.dropFirst().map { try rt.elements(of: $0) }
                    var count = columns.first?.count ?? 0
                    for column in columns { count = min(count, column.count) }
                    out.reserveCapacity(count)
                    for i in 0..<count {
                        try rt.charge()
                        out.append(try rt.call(function, Arguments(columns.map { $0[i] })))
                    }
                    return .iterator(IteratorObject(typeName: "map", items: out))
                },
                type(interpreter, "filter") { args in
                    try args.expect("filter", 2, 2)
                    let function = args.positional[0]
                    var out: [Object] = []
                    for item in try rt.elements(of: args.positional[1]) {
                        try rt.charge()
                        let keep = try rt { try $0.truth(isNone(function) ? item : try $0.call(function, item)) }
                        if keep { out.append(item) }
                    }
                    return .iterator(IteratorObject(typeName: "filter", items: out))
                },
                function("any") { args in
                    try args.expect("any", 1, 1)
                    return .bool(try rt { rt in try rt.elements(of: args.positional[0]).contains { try rt.truth($0) } })
                },
                function("all") { args in
                    try args.expect("all", 1, 1)
                    return .bool(try rt { rt in try rt.elements(of: args.positional[0]).allSatisfy { try rt.truth($0) } })
                },
            ])
    }

    /// `map(f, xs)`: one argument per call, so none needs an argument list.
    static func map(_ function: Object, over iterable: Object, _ rt: InterpreterReference) throws -> Object {
        let items = try rt.elements(of: iterable)
        var out: [Object] = []
        out.reserveCapacity(items.count)
        for item in items {
            try rt.charge()
            out.append(try rt.call(function, item))
        }
        return .iterator(IteratorObject(typeName: "map", items: out))
    }

    /// Python's `sum`: a left fold from `start` (0 by default). Engine values go through the engine's own
    /// `sum`, which builds the very nodes Python builds (`0 + v0` is `v0.__radd__(0)`, then `+ v1`, …).
    static func sum(_ items: [Object], start: Object?, _ rt: InterpreterReference) throws -> Object {
        if case .string = start {
            throw PyError.type("sum() can't sum strings [use ''.join(seq) instead]")
        }
        var values: [Value] = []
        values.reserveCapacity(items.count)
        for item in items {
            guard case .value(let v) = item else { break }
            values.append(v)
        }
        if values.count == items.count, !values.isEmpty {
            switch start {
            case nil, .int(0)?: return .value(Micrograd.sum(values, start: nil) ?? values[0])
            case .value(let s)?: return .value(Micrograd.sum(values, start: s) ?? s)
            default: break
            }
        }
        var total = start ?? .int(0)
        var floats: Double? = nil
        if case .float(let f) = total { floats = f } else if case .int(let i) = total { floats = Double(i) }
        var allFloats = items.allSatisfy { if case .float = $0 { return true } else { return false } }
        if case .float = total {} else if case .int = total {} else { allFloats = false }
        if allFloats, var accumulator = floats, !items.isEmpty {
            for case .float(let f) in items { accumulator += f }
            return .float(accumulator)
        }
        for item in items {
            try rt.charge()
            total = try rt { try $0.binary(.add, total, item) }
        }
        return total
    }

    /// `min`/`max` over one iterable or several arguments, with `key=` and `default=`.
    static func extreme(_ args: Arguments, name: String, _ rt: InterpreterReference) throws -> Object {
        if args.positional.isEmpty { throw PyError.type("\(name) expected at least 1 argument, got 0") }
        try args.expect(name, 1, Int.max, keywords: ["key", "default"])
        let items = args.positional.count == 1 ? try rt.elements(of: args.positional[0]) : args.positional
        guard var best = items.first else {
            if let fallback = args.keyword("default") { return fallback }
            throw PyError.value("\(name)() arg is an empty sequence")
        }
        let key = args.keyword("key").flatMap { isNone($0) ? nil : $0 }
        func keyOf(_ item: Object) throws -> Object { try key.map { try rt.call($0, Arguments([item])) } ?? item }
        var bestKey = try keyOf(best)
        for item in items.dropFirst() {
            let k = try keyOf(item)
            let better = try rt { name == "min" ? try $0.lessThan(k, bestKey) : try $0.lessThan(bestKey, k) }
            if better {
                best = item
                bestKey = k
            }
        }
        return best
    }
}
