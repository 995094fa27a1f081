/// A Python tuple: an immutable sequence, a heap object like the rest so that a cycle through a tuple is found.
final class TupleObject: HeapObject {
    /// The elements, in storage of their own.
    @exclusivity(unchecked) private(set) var items: [Object]

    /// A tuple of `items`.
    init(_ items: consuming [Object]) {
        let holdsObjects = items.contains { $0.heapObject != nil }
        self.items = items
        self.items.makeUnique()
        if holdsObjects { super.init() } else { super.init(untracked: ()) }
    }

    /// The empty tuple, for `()`.
    var isEmpty: Bool { items.isEmpty }
    var count: Int { items.count }
    subscript(index: Int) -> Object { items[index] }

    deinit {
        withHeap { $0.releaseLater(&items) }
    }

    override func traverse(_ visit: (HeapObject) -> Void) { items.visitHeapObjects(visit) }
    override func clearReferences() { items = [] }
}

extension Object {
    /// A new tuple of `items`.
    @inline(__always) static func tuple(_ items: [Object]) -> Object { .tuple(TupleObject(items)) }
}
