import Foundation

/// The sliver of NumPy the lessons use, on plain lists: `arange` and `linspace` give lists, and the elementwise
/// functions (`np.tanh`, `np.exp`, …) map over numbers or (nested) lists.
enum NumPyModule {
    static func make(_ rt: Interpreter) -> ModuleObject {
        unowned(unsafe) let rt = rt
        func function(_ name: String, _ body: @escaping (Arguments) throws -> Object) -> (String, Object) {
            (name, .builtin(BuiltinFunction("numpy." + name, body)))
        }
        func elementwise(_ name: String, _ f: @escaping (Double) -> Double) -> (String, Object) {
            function(name) { args in
                try args.expect(name, 1, 1)
                return try map(args.positional[0], name: name, f)
            }
        }
        let entries: [(String, Object)] = [
            ("pi", .float(Double.pi)), ("e", .float(M_E)), ("inf", .float(.infinity)), ("nan", .float(.nan)),
            elementwise("tanh", Foundation.tanh), elementwise("exp", Foundation.exp), elementwise("log", Foundation.log),
            elementwise("sqrt", Foundation.sqrt), elementwise("abs", Swift.abs), elementwise("sin", Foundation.sin),
            elementwise("cos", Foundation.cos),
            function("arange") { args in
                try args.expect("arange", 1, 3)
                let numbers = try args.positional.indices.map { try args.requireDouble($0, "arange") }
                let start = numbers.count == 1 ? 0 : numbers[0]
                let stop = numbers.count == 1 ? numbers[0] : numbers[1]
                let step = numbers.count == 3 ? numbers[2] : 1
                if step == 0 { throw PyError("ZeroDivisionError", "division by zero") }
                let values = try arange(start: start, stop: stop, step: step, limit: rt.limits.collectionElements)
                if args.positional.allSatisfy(\.isIntLike) {
                    return .list(ListObject(values.map { .int(Int(saturating: $0)) }))
                }
                return .list(ListObject(values.map { .float($0) }))
            },
            function("linspace") { args in
                try args.expect("linspace", 2, 3, keywords: ["num"])
                let start = try args.requireDouble(0, "linspace"), stop = try args.requireDouble(1, "linspace")
                let count = args.argument(2, "num") == nil ? 50 : try args.requireInt(2, "linspace", keyword: "num")
                if count < 0 { throw PyError.value("Number of samples, \(count), must be non-negative.") }
                try rt.checkSize(count)
                return .list(ListObject(linspace(start, stop, count: count).map { .float($0) }))
            },
            function("array") { args in
                try args.expect("array", 1, 1, keywords: ["dtype"])
                return try copy(args.positional[0], rt)
            },
            function("mean") { args in
                try args.expect("mean", 1, 1)
                let values = try rt.numbers(args.positional[0], for: "mean")
                guard !values.isEmpty else { return .float(.nan) }
                return .float(values.reduce(0, +) / Double(values.count))
            },
        ]
        return ModuleObject(name: "numpy", attributes: Dictionary(uniqueKeysWithValues: entries))
    }

    /// NumPy's `arange`: `ceil((stop - start) / step)` values `start + i * step`.
    static func arange(start: Double, stop: Double, step: Double, limit: Int = 10_000_000) throws -> [Double] {
        let length = ((stop - start) / step).rounded(.up)
        guard length.isFinite else { throw PyError.value("arange: cannot compute length") }
        if length > Double(limit) { throw Operators.memoryError(limit: limit) }
        let count = max(0, Int(saturating: length))
        return (0..<count).map { start + Double($0) * step }
    }

    /// NumPy's `linspace` formula: `start + i * step`, with the last point exactly `stop`.
    static func linspace(_ start: Double, _ stop: Double, count: Int) -> [Double] {
        guard count > 1 else { return count == 1 ? [start] : [] }
        let step = (stop - start) / Double(count - 1)
        var values = (0..<count).map { Double($0) * step + start }
        values[count - 1] = stop
        return values
    }

    private static func map(_ object: Object, name: String, _ f: (Double) -> Double) throws -> Object {
        switch object {
        case .list(let list): return .list(ListObject(try list.items.map { try map($0, name: name, f) }))
        case .tuple(let tuple): return .list(ListObject(try tuple.items.map { try map($0, name: name, f) }))
        default:
            guard object.isNumber, let x = object.asDouble else {
                throw PyError.type("loop of ufunc does not support argument 0 of type \(object.typeName) which has no callable \(name) method")
            }
            return .float(f(x))
        }
    }

    private static func copy(_ object: Object, _ rt: Interpreter) throws -> Object {
        switch object {
        case .list(let list): return .list(ListObject(try list.items.map { try copy($0, rt) }))
        case .tuple(let tuple): return .list(ListObject(try tuple.items.map { try copy($0, rt) }))
        case .range, .iterator: return .list(ListObject(try rt.elements(of: object)))
        default: return object
        }
    }
}
