/// An instance of a lesson's class (or of an exception type): its class, and its attributes as values aligned with
/// a `Shape`'s names.
///
/// The values live in a buffer of the instance's own, sized by how many attributes instances of the class have
/// had so far, so the lecture's `Value` (five attributes) costs two allocations and no array header.
final class Instance: HeapObject {
    /// `type(obj)`; fixed (Gradbook refuses assigning `__class__`).
    let type: TypeObject
    /// The names of the attributes set so far.
    @exclusivity(unchecked) private(set) var shape: Shape
    @exclusivity(unchecked) private var storage: UnsafeMutablePointer<Object>?
    @exclusivity(unchecked) private var count: Int32 = 0
    @exclusivity(unchecked) private var capacity: Int32 = 0
    /// For exceptions: `args`, `__cause__`, `__context__`.
    let exception: ExceptionState?

    init(type: TypeObject, heap: Heap?) {
        self.type = type
        shape = type.emptyShape
        exception = type.traits(epoch: (heap ?? Heap.current)?.typeEpoch ?? -2).isException ? ExceptionState() : nil
        if let heap { super.init(heap: heap) } else { super.init() }
    }

    /// The attribute values, aligned with `shape.names`.
    var values: [Object] { Array(UnsafeBufferPointer(start: storage, count: Int(count))) }

    /// The attribute `name` set on this instance, if any.
    @inline(__always) func value(of name: String) -> Object? {
        guard let position = shape.position(of: name) else { return nil }
        return storage.unsafelyUnwrapped[position]
    }

    /// The value at `position` of the current shape.
    @inline(__always) func value(at position: Int) -> Object { storage.unsafelyUnwrapped[position] }

    /// Sets the value at `position` of the current shape.
    @inline(__always) func setValue(_ value: Object, at position: Int) { storage.unsafelyUnwrapped[position] = value }

    /// Adds an attribute whose name takes the instance to `next` (a shape that a cache learnt from this one).
    @inline(__always) func append(_ value: Object, movingTo next: Shape) {
        if count == capacity { grow() }
        (storage.unsafelyUnwrapped + Int(count)).initialize(to: value)
        count += 1
        shape = next
    }

    /// Sets attribute `name`, adding it to the shape if new.
    func set(_ name: String, _ value: Object) {
        if let position = shape.position(of: name) {
            storage.unsafelyUnwrapped[position] = value
            return
        }
        append(value, movingTo: shape.adding(name))
        if Int(count) > type.expectedAttributeCount { type.expectedAttributeCount = Int(count) }
    }

    /// Removes attribute `name`; `false` when the instance had none of that name.
    func remove(_ name: String) -> Bool {
        guard let position = shape.position(of: name), let storage else { return false }
        shape = shape.removing(name)
        let removed = (storage + position).move()
        (storage + position).moveInitialize(from: storage + position + 1, count: Int(count) - position - 1)
        count -= 1
        heap?.releaseLater(removed)
        return true
    }

    /// The attributes in order, for `vars(obj)`.
    var attributes: Zip2Sequence<[String], [Object]> { zip(shape.names, values) }

    private func grow() {
        let bigger = max(Int(capacity) * 2, type.expectedAttributeCount, 2)
        let fresh = UnsafeMutablePointer<Object>.allocate(capacity: bigger)
        if let storage {
            fresh.moveInitialize(from: storage, count: Int(count))
            storage.deallocate()
        }
        storage = fresh
        capacity = Int32(bigger)
    }

    deinit {
        if let storage {
            let count = Int(self.count)
            let released: Void? = withHeap { heap in
                if count > 0, !heap.releaseNow({ storage.deinitialize(count: count) }) {
                    var held = Array(UnsafeBufferPointer(start: storage, count: count))
                    storage.deinitialize(count: count)
                    heap.releaseLater(&held)
                }
            }
            if released == nil { storage.deinitialize(count: count) }
            storage.deallocate()
        }
        if let exception {
            withHeap { heap in
                var held = exception.references
                exception.clear()
                heap.releaseLater(&held)
            }
        }
    }

    override func traverse(_ visit: (HeapObject) -> Void) {
        storage?.visitHeapObjects(count: Int(count), visit)
        exception?.references.visitHeapObjects(visit)
    }

    override func clearReferences() {
        if let storage { storage.deinitialize(count: Int(count)) }
        count = 0
        shape = type.emptyShape
        exception?.clear()
    }
}

/// What an exception object carries besides its attributes.
final class ExceptionState {
    /// `args`: what the exception was made with.
    var arguments: [Object] = []
    /// `__cause__`, set by `raise … from cause`.
    var cause: Object = .none
    /// `__context__`: the exception being handled when this one was raised.
    var context: Object = .none
    /// `__suppress_context__`.
    var suppressContext = false

    var references: [Object] { arguments + [cause, context] }

    func clear() {
        arguments = []
        cause = .none
        context = .none
    }
}
