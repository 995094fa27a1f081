import Micrograd

/// A value of the cell language at run time.
///
/// Numbers are unboxed payloads so that arithmetic in loops allocates nothing; mutable containers are reference
/// boxes, so that `b = a; b.append(1)` changes `a` as in Python. Engine objects are the engine's own handles.
enum Object {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    case list(ListObject)
    case tuple([Object])
    case dict(DictObject)
    case set(SetObject)
    case range(RangeObject)
    case iterator(IteratorObject)
    case function(FunctionObject)
    case builtin(BuiltinFunction)
    case boundMethod(BoundMethod)
    case module(ModuleObject)
    case value(Value)
    case neuron(Neuron)
    case layer(Layer)
    case mlp(MLP)
    /// A slot that was never assigned: reading it is a `NameError` (or `UnboundLocalError`).
    case unbound
}

/// A Python list: shared by every name that refers to it.
final class ListObject {
    var items: [Object]
    init(_ items: [Object]) { self.items = items }
}

/// `range(start, stop, step)`: lazy, so `range(10**9)` costs nothing until iterated.
final class RangeObject {
    let start: Int
    let stop: Int
    let step: Int

    init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
        // The span of a range can exceed Int.max (range(-2**62*3, 2**62*3)); it always fits in UInt.
        if step > 0, start < stop {
            let span = UInt(bitPattern: stop &- start)
            count = Int(clamping: (span - 1) / UInt(step) + 1)
        } else if step < 0, start > stop {
            let span = UInt(bitPattern: start &- stop)
            count = Int(clamping: (span - 1) / step.magnitude + 1)
        } else {
            count = 0
        }
    }

    /// The number of elements, as Python's `len(range(…))` (saturating at Int.max).
    let count: Int

    /// The element at `index` (0 ≤ index < count); wrapping arithmetic is exact because the result is in range.
    func element(_ index: Int) -> Int { start &+ index &* step }
}

/// What `zip`, `enumerate`, `map`, `filter`, `reversed` and generator expressions return. The elements are
/// computed eagerly (a documented simplification: cells never need infinite generators); iteration consumes them,
/// as a Python iterator is consumed.
final class IteratorObject {
    /// Python's type name, for `repr`: `zip`, `enumerate`, `map`, `generator`, …
    let typeName: String
    var items: [Object]
    var position = 0

    init(typeName: String, items: [Object]) {
        self.typeName = typeName
        self.items = items
    }

    /// The elements not yet consumed, consuming them.
    func drain() -> [Object] {
        let rest = position == 0 ? items : Array(items[position...])
        position = 0
        items = []
        return rest
    }
}

/// A module brought in by `import`: its attributes, looked up by name.
final class ModuleObject {
    let name: String
    var attributes: [String: Object]

    init(name: String, attributes: [String: Object]) {
        self.name = name
        self.attributes = attributes
    }
}

/// A method looked up on an object and not yet called: `f = xs.append`.
final class BoundMethod {
    let receiver: Object
    let name: String

    init(receiver: Object, name: String) {
        self.receiver = receiver
        self.name = name
    }
}
