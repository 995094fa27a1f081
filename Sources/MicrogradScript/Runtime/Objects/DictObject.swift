/// A Python dict: keeps insertion order, as Python 3.7+ does. Keys are found with Python's `hash` and `==`
/// (see `KeyTable`), so every operation takes the interpreter, which runs a lesson's `__hash__` and `__eq__`.
final class DictObject: HeapObject {
    @exclusivity(unchecked) private var table = KeyTable()
    @exclusivity(unchecked) private(set) var values: [Object] = []

    var keys: [Object] { table.keys }
    var count: Int { table.count }

    /// The value for `key`, if present.
    func get(_ key: Object, _ rt: Interpreter) throws -> Object? {
        let hash = try rt.tableHash(key)
        guard let position = try find(key, hash: hash, rt) else { return nil }
        return values[position]
    }

    /// Sets `key` to `value`; an existing key keeps its place (and its first spelling: `d[1.0]` after `d[1]`).
    func set(_ key: Object, _ value: Object, _ rt: Interpreter) throws {
        let hash = try rt.tableHash(key)
        if let position = try find(key, hash: hash, rt) {
            values[position] = value
        } else {
            _ = table.append(key, hash: hash, rt)
            values.append(value)
        }
    }

    /// Removes `key` and returns its value; `nil` when it was absent.
    @discardableResult func remove(_ key: Object, _ rt: Interpreter) throws -> Object? {
        let hash = try rt.tableHash(key)
        guard let position = try find(key, hash: hash, rt) else { return nil }
        table.remove(at: position)
        return values.remove(at: position)
    }

    func contains(_ key: Object, _ rt: Interpreter) throws -> Bool {
        try find(key, hash: try rt.tableHash(key), rt) != nil
    }

    /// Removes every entry.
    func removeAll() {
        table.removeAll()
        values = []
    }

    /// The entry at `position`, in insertion order.
    func entry(at position: Int) -> (key: Object, value: Object) { (table.keys[position], values[position]) }

    /// The entries in insertion order.
    var entries: Zip2Sequence<[Object], [Object]> { zip(table.keys, values) }

    /// Where `key` is, if present (see `KeyTable`).
    private func find(_ key: Object, hash: Int, _ rt: Interpreter) throws -> Int? {
        if !table.comparesWithLessonCode(key, rt) { return table.positionWithoutLessonCode(of: key, hash: hash) }
        let snapshot = table
        let found = try KeyTable.position(in: snapshot, of: key, hash: hash, rt)
        if table.version != snapshot.version { throw KeyTable.changedDuringLookup }
        return found
    }

    deinit {
        if let heap {
            var keys = table.keys
            table.dropKeys()
            heap.releaseLater(&keys)
            heap.releaseLater(&values)
        }
    }

    override func traverse(_ visit: (HeapObject) -> Void) {
        table.keys.visitHeapObjects(visit)
        values.visitHeapObjects(visit)
    }

    override func clearReferences() {
        table.dropKeys()
        values = []
    }
}
