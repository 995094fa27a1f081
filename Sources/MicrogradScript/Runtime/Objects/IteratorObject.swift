/// What `zip`, `enumerate`, `map`, `filter`, `reversed`, `iter` and generator expressions return. The elements are
/// computed eagerly (a documented simplification: cells never need infinite generators); iteration consumes them,
/// as a Python iterator is consumed.
final class IteratorObject: HeapObject {
    /// Python's type name, for `repr`: `zip`, `enumerate`, `map`, `generator`, …
    let typeName: String
    @exclusivity(unchecked) var items: [Object]
    @exclusivity(unchecked) var position = 0

    init(typeName: String, items: consuming [Object]) {
        self.typeName = typeName
        self.items = items
        self.items.makeUnique()
        super.init()
    }

    /// The elements not yet consumed, consuming them.
    func drain() -> [Object] {
        let rest = position == 0 ? items : Array(items[position...])
        position = 0
        items = []
        return rest
    }

    /// The next element, consuming it; `nil` when exhausted.
    func next() -> Object? {
        guard position < items.count else {
            if !items.isEmpty {
                items = []
                position = 0
            }
            return nil
        }
        position += 1
        return items[position - 1]
    }

    deinit {
        withHeap { $0.releaseLater(&items) }
    }

    override func traverse(_ visit: (HeapObject) -> Void) { items.visitHeapObjects(visit) }
    override func clearReferences() { items = [] }
}
