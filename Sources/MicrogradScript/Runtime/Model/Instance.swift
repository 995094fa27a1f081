/// An instance of a lesson's class (or of an exception type): its class, and its attributes as values aligned with
/// a `Shape`'s names.
final class Instance: HeapObject {
    /// `type(obj)`; fixed (Gradbook refuses assigning `__class__`).
    let type: TypeObject
    /// The names of the attributes set so far.
    private(set) var shape: Shape
    /// The attribute values, aligned with `shape.names`.
    private(set) var values: [Object]
    /// For exceptions: `args`, `__cause__`, `__context__`.
    var exception: ExceptionState?

    init(type: TypeObject, heap: Heap?) {
        self.type = type
        shape = type.emptyShape
        values = []
        if let heap { super.init(heap: heap) } else { super.init() }
        if type.traits(epoch: (heap ?? Heap.current)?.typeEpoch ?? -2).isException { exception = ExceptionState() }
    }

    /// The attribute `name` set on this instance, if any.
    @inline(__always) func value(of name: String) -> Object? {
        guard let position = shape.position(of: name) else { return nil }
        return values[position]
    }

    /// The value at `position` of the current shape.
    @inline(__always) func value(at position: Int) -> Object { values[position] }

    /// Sets the value at `position` of the current shape.
    @inline(__always) func setValue(_ value: Object, at position: Int) { values[position] = value }

    /// Sets attribute `name`, adding it to the shape if new.
    func set(_ name: String, _ value: Object) {
        if let position = shape.position(of: name) {
            values[position] = value
            return
        }
        shape = shape.adding(name)
        if values.isEmpty { values.reserveCapacity(type.expectedAttributeCount) }
        values.append(value)
        if values.count > type.expectedAttributeCount { type.expectedAttributeCount = values.count }
    }

    /// Removes attribute `name`; `false` when the instance had none of that name.
    func remove(_ name: String) -> Bool {
        guard let position = shape.position(of: name) else { return false }
        shape = shape.removing(name)
        values.remove(at: position)
        return true
    }

    /// The attributes in order, for `vars(obj)`.
    var attributes: Zip2Sequence<[String], [Object]> { zip(shape.names, values) }

    deinit {
        if let heap {
            heap.releaseLater(&values)
            if var state = exception {
                var held = state.references
                state.clear()
                heap.releaseLater(&held)
            }
        }
    }

    override func traverse(_ visit: (HeapObject) -> Void) {
        values.visitHeapObjects(visit)
        exception?.references.visitHeapObjects(visit)
    }

    override func clearReferences() {
        values = []
        shape = type.emptyShape
        exception?.clear()
    }
}

/// What an exception object carries besides its attributes.
struct ExceptionState {
    /// `args`: what the exception was made with.
    var arguments: [Object] = []
    /// `__cause__`, set by `raise … from cause`.
    var cause: Object = .none
    /// `__context__`: the exception being handled when this one was raised.
    var context: Object = .none
    /// `__suppress_context__`.
    var suppressContext = false

    var references: [Object] { arguments + [cause, context] }

    mutating func clear() {
        arguments = []
        cause = .none
        context = .none
    }
}
