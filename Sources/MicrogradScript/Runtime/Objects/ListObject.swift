/// A Python list: shared by every name that refers to it.
final class ListObject: HeapObject {
    /// The elements. Never shares its storage with another container's (see `init(_:)`; code that assigns a whole
    /// new array gives a fresh one), so that the collector counts each element's reference once.
    @exclusivity(unchecked) var items: [Object]

    /// A list of `items`, with storage of its own.
    init(_ items: consuming [Object]) {
        self.items = items
        self.items.makeUnique()
        super.init()
    }

    deinit {
        withHeap { $0.releaseLater(&items) }
    }

    override func traverse(_ visit: (HeapObject) -> Void) { items.visitHeapObjects(visit) }
    override func clearReferences() { items = [] }
}

extension Array {
    /// Gives the array storage of its own if it shares it (copy on write, done now).
    @inline(__always) mutating func makeUnique() {
        withUnsafeMutableBufferPointer { _ in }
    }
}
