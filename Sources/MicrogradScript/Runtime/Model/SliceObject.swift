/// `slice(start, stop, step)`: what `obj[1:3]` passes to a lesson's `__getitem__` (and to a numpy array).
final class SliceObject: NativeObject {
    let start: Object
    let stop: Object
    let step: Object

    init(type: TypeObject, start: Object, stop: Object, step: Object) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(type: type)
    }

    override func attribute(_ name: String, _ rt: Interpreter) throws -> Object? {
        switch name {
        case "start": return start
        case "stop": return stop
        case "step": return step
        case "indices":
            return .builtin(
                BuiltinFunction("indices") { [start, stop, step] arguments in
                    try arguments.expect("indices", 1, 1)
                    let count = try arguments.requireInt(0, "indices")
                    if count < 0 { throw PyError.value("length should not be negative") }
                    let bounds = try SliceBounds(start: start, stop: stop, step: step, count: count)
                    return .tuple([.int(bounds.start), .int(bounds.stop), .int(bounds.step)])
                })
        default: return nil
        }
    }

    override func repr(_ rt: Interpreter) throws -> String {
        "slice(\(try rt.repr(start)), \(try rt.repr(stop)), \(try rt.repr(step)))"
    }

    override func compare(_ op: ComparisonOperator, _ other: Object, _ rt: Interpreter) throws -> Object {
        guard op == .equal || op == .notEqual, case .native(let native) = other, let slice = native as? SliceObject
        else { return .notImplemented }
        let same = try rt.equal(.tuple([start, stop, step]), .tuple([slice.start, slice.stop, slice.step]))
        return .bool(op == .equal ? same : !same)
    }

    override func hash(_ rt: Interpreter) throws -> Int { throw PyError.type("unhashable type: 'slice'") }
}

/// A slice's bounds for a sequence of `count` elements, clamped as Python's `slice.indices` does.
struct SliceBounds {
    let start: Int
    let stop: Int
    let step: Int

    init(start: Object, stop: Object, step: Object, count: Int) throws {
        func bound(_ object: Object) throws -> Int? {
            if case .none = object { return nil }
            guard object.isIntLike, let i = object.asInt else {
                throw PyError.type("slice indices must be integers or None or have an __index__ method")
            }
            return i
        }
        let stride = try bound(step) ?? 1
        if stride == 0 { throw PyError.value("slice step cannot be zero") }
        func clamp(_ value: Int?, _ fallback: Int) -> Int {
            guard var v = value else { return fallback }
            if v < 0 { v += count }
            return stride > 0 ? min(max(v, 0), count) : min(max(v, -1), count - 1)
        }
        self.step = stride
        self.start = clamp(try bound(start), stride > 0 ? 0 : count - 1)
        self.stop = clamp(try bound(stop), stride > 0 ? count : -1)
    }

    /// The selected positions, in order.
    var positions: [Int] {
        var out: [Int] = []
        var i = start
        while step > 0 ? i < stop : i > stop {
            out.append(i)
            let (next, overflow) = i.addingReportingOverflow(step)
            if overflow { break }
            i = next
        }
        return out
    }
}
