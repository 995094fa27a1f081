/// A Python set. Elements are found with Python's `hash` and `==` (see `KeyTable`); iteration follows insertion
/// order, where CPython's follows hashes, so that Gradbook's output is deterministic.
///
/// Up to two elements live in the set itself, without a table: the lecture makes a two-element set (`_prev`) for
/// every value it computes, and that keeps them at one allocation each.
final class SetObject: HeapObject {
    private static let inlineCapacity = 2
    @exclusivity(unchecked) private var first: Object = .unbound
    @exclusivity(unchecked) private var second: Object = .unbound
    @exclusivity(unchecked) private var firstHash = 0
    @exclusivity(unchecked) private var secondHash = 0
    @exclusivity(unchecked) private var inlineCount = 0
    /// The elements once there are more than two.
    @exclusivity(unchecked) private var table: KeyTable?
    /// Bumped by every change, so a lookup that ran lesson code can tell that the set changed under it.
    @exclusivity(unchecked) private var version = 0

    override init() { super.init() }

    /// A set of `elements`, in order, without duplicates.
    init(_ elements: [Object], _ rt: Interpreter) throws {
        super.init()
        if elements.count > Self.inlineCapacity {
            var table = KeyTable()
            table.reserveCapacity(elements.count)
            self.table = table
        }
        for element in elements { try insert(element, rt) }
    }

    var count: Int { table?.count ?? inlineCount }

    /// The element at `position`, in insertion order.
    @inline(__always) func element(at position: Int) -> Object {
        if let table { return table.keys[position] }
        return position == 0 ? first : second
    }

    /// The elements in insertion order.
    var elements: [Object] {
        if let table { return table.keys }
        switch inlineCount {
        case 0: return []
        case 1: return [first]
        default: return [first, second]
        }
    }

    func insert(_ element: Object, _ rt: Interpreter) throws {
        let hash = try rt.tableHash(element)
        if try find(element, hash: hash, rt) != nil { return }
        version &+= 1
        if table == nil, inlineCount < Self.inlineCapacity {
            if inlineCount == 0 {
                first = element
                firstHash = hash
            } else {
                second = element
                secondHash = hash
            }
            inlineCount += 1
            return
        }
        if table == nil { moveToTable(rt) }
        _ = table?.append(element, hash: hash, rt)
    }

    func contains(_ element: Object, _ rt: Interpreter) throws -> Bool {
        try find(element, hash: try rt.tableHash(element), rt) != nil
    }

    /// Removes `element`; `false` when it was absent.
    @discardableResult func remove(_ element: Object, _ rt: Interpreter) throws -> Bool {
        guard let position = try find(element, hash: try rt.tableHash(element), rt) else { return false }
        version &+= 1
        if table != nil {
            table?.remove(at: position)
            return true
        }
        if position == 0 {
            first = second
            firstHash = secondHash
        }
        second = .unbound
        inlineCount -= 1
        return true
    }

    /// Removes every element.
    func removeAll() {
        version &+= 1
        first = .unbound
        second = .unbound
        inlineCount = 0
        table = nil
    }

    private func moveToTable(_ rt: Interpreter) {
        var moved = KeyTable()
        moved.reserveCapacity(4)
        if inlineCount > 0 { _ = moved.append(first, hash: firstHash, rt) }
        if inlineCount > 1 { _ = moved.append(second, hash: secondHash, rt) }
        first = .unbound
        second = .unbound
        inlineCount = 0
        table = moved
    }

    /// Where `element` is, if present (see `KeyTable`).
    private func find(_ element: Object, hash: Int, _ rt: Interpreter) throws -> Int? {
        if let table {
            if !table.comparesWithLessonCode(element, rt) { return table.positionWithoutLessonCode(of: element, hash: hash) }
            let snapshot = table
            let found = try KeyTable.position(in: snapshot, of: element, hash: hash, rt)
            if self.table?.version != snapshot.version { throw KeyTable.changedDuringLookup }
            return found
        }
        let count = inlineCount
        guard count > 0 else { return nil }
        if firstHash == hash, try matches(first, element, rt) { return 0 }
        if count > 1, secondHash == hash, try matches(second, element, rt) { return 1 }
        return nil
    }

    /// Whether stored element `stored` is `element`; lesson code that changes the set meanwhile is an error.
    @inline(__always) private func matches(_ stored: Object, _ element: Object, _ rt: Interpreter) throws -> Bool {
        if !rt.comparesWithLessonCode(element), !rt.comparesWithLessonCode(stored) {
            return Interpreter.keysMatchWithoutLessonCode(stored, element)
        }
        let startVersion = version
        let found = try rt.keysMatch(stored, element)
        if version != startVersion { throw KeyTable.changedDuringLookup }
        return found
    }

    deinit {
        withHeap { heap in
            if table == nil {
                if !heap.releaseNow({
                    first = .unbound
                    second = .unbound
                }) {
                    var held = [first, second]
                    first = .unbound
                    second = .unbound
                    heap.releaseLater(&held)
                }
            } else if var keys = table?.keys {
                table?.dropKeys()
                heap.releaseLater(&keys)
            }
        }
    }

    override func traverse(_ visit: (HeapObject) -> Void) {
        if let table {
            table.keys.visitHeapObjects(visit)
        } else {
            first.visitHeapObject(visit)
            second.visitHeapObject(visit)
        }
    }

    override func clearReferences() {
        first = .unbound
        second = .unbound
        inlineCount = 0
        table = nil
    }
}
