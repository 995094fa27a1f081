/// A Python set. Elements are found with Python's `hash` and `==` (see `KeyTable`); iteration follows insertion
/// order, where CPython's follows hashes, so that Gradbook's output is deterministic.
final class SetObject: HeapObject {
    private var table = KeyTable()

    var count: Int { table.count }
    var elements: [Object] { table.keys }

    override init() { super.init() }

    /// A set of `elements`, in order, without duplicates.
    init(_ elements: [Object], _ rt: Interpreter) throws {
        super.init()
        for element in elements { try insert(element, rt) }
    }

    func insert(_ element: Object, _ rt: Interpreter) throws {
        let hash = try rt.hash(element)
        if try find(element, hash: hash, rt) == nil { _ = table.append(element, hash: hash, rt) }
    }

    func contains(_ element: Object, _ rt: Interpreter) throws -> Bool {
        try find(element, hash: try rt.hash(element), rt) != nil
    }

    /// Removes `element`; `false` when it was absent.
    @discardableResult func remove(_ element: Object, _ rt: Interpreter) throws -> Bool {
        guard let position = try find(element, hash: try rt.hash(element), rt) else { return false }
        table.remove(at: position)
        return true
    }

    /// Removes every element.
    func removeAll() { table.removeAll() }

    /// Where `element` is, if present (see `KeyTable`).
    private func find(_ element: Object, hash: Int, _ rt: Interpreter) throws -> Int? {
        if !table.comparesWithLessonCode(element, rt) { return table.positionWithoutLessonCode(of: element, hash: hash) }
        let snapshot = table
        let found = try KeyTable.position(in: snapshot, of: element, hash: hash, rt)
        if table.version != snapshot.version { throw KeyTable.changedDuringLookup }
        return found
    }

    deinit {
        if let heap {
            var keys = table.keys
            table.dropKeys()
            heap.releaseLater(&keys)
        }
    }

    override func traverse(_ visit: (HeapObject) -> Void) { table.keys.visitHeapObjects(visit) }
    override func clearReferences() { table.dropKeys() }
}
