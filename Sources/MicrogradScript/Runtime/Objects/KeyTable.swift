/// The keys of a dict or the elements of a set, in insertion order, with an index by hash.
///
/// Python's semantics: a key is found by `hash(key)` and then `==` (which may be a lesson's `__hash__` and
/// `__eq__`, so both go through the interpreter and may throw); an object always matches itself. Small tables
/// (up to `linearLimit` keys, like the two operands of `_prev`) are scanned without an index. Iteration follows
/// insertion order (CPython's sets iterate in hash order; insertion order keeps Gradbook's output deterministic).
struct KeyTable {
    private(set) var keys: [Object] = []
    private(set) var hashes: [Int] = []
    /// Open addressing over positions in `keys`; empty while the table is small. `-1` marks a free bucket.
    private var index: [Int32] = []
    /// Bumped by every change, so a lookup that ran lesson code can tell that the table changed under it.
    private(set) var version = 0

    static let linearLimit = 8

    var count: Int { keys.count }

    /// Makes room for `count` keys, so filling a table of known size allocates once.
    mutating func reserveCapacity(_ count: Int) {
        keys.reserveCapacity(count)
        hashes.reserveCapacity(count)
    }

    /// Whether some key's `==` is a lesson's `__eq__`: lookups then run lesson code and take the careful path.
    private(set) var hasLessonKeys = false

    /// Whether finding `key` compares with lesson code (a lesson's `__eq__`), which may change the table.
    @inline(__always) func comparesWithLessonCode(_ key: Object, _ rt: Interpreter) -> Bool {
        hasLessonKeys || rt.comparesWithLessonCode(key)
    }

    /// Where `key` (whose hash is `hash`) is, if present, when no lesson code compares (see
    /// `comparesWithLessonCode`).
    func positionWithoutLessonCode(of key: Object, hash: Int) -> Int? {
        position(of: key, hash: hash) { Interpreter.keysMatchWithoutLessonCode($0, $1) }
    }

    /// Where `key` is in `snapshot`, a copy of a table, comparing with lesson code. The caller checks afterwards
    /// that its table's `version` is still the snapshot's.
    static func position(in snapshot: KeyTable, of key: Object, hash: Int, _ rt: Interpreter) throws -> Int? {
        var failure: Error?
        let found = snapshot.position(of: key, hash: hash) { stored, probe in
            guard failure == nil else { return false }
            do { return try rt.keysMatch(stored, probe) } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
        return found
    }

    /// Python's complaint when lesson code changed a table while it was being searched.
    static let changedDuringLookup = PyError("RuntimeError", "dictionary changed size during iteration")

    private func position(of key: Object, hash: Int, matches: (Object, Object) -> Bool) -> Int? {
        if index.isEmpty {
            for i in 0..<hashes.count where hashes[i] == hash {
                if matches(keys[i], key) { return i }
            }
            return nil
        }
        let mask = index.count - 1
        var bucket = Self.spread(hash) & mask
        while true {
            let entry = index[bucket]
            if entry < 0 { return nil }
            let i = Int(entry)
            if hashes[i] == hash, matches(keys[i], key) { return i }
            bucket = (bucket + 1) & mask
        }
    }

    /// Appends a key known to be absent, and returns its position.
    mutating func append(_ key: Object, hash: Int, _ rt: Interpreter) -> Int {
        let position = keys.count
        if !hasLessonKeys, rt.comparesWithLessonCode(key) { hasLessonKeys = true }
        keys.append(key)
        hashes.append(hash)
        version &+= 1
        if !index.isEmpty {
            if keys.count * 3 >= index.count * 2 { rebuildIndex() } else { insertIntoIndex(position) }
        } else if keys.count > Self.linearLimit {
            rebuildIndex()
        }
        return position
    }

    /// Removes the key at `position`; later keys move up one place.
    mutating func remove(at position: Int) {
        keys.remove(at: position)
        hashes.remove(at: position)
        version &+= 1
        if keys.count > Self.linearLimit { rebuildIndex() } else { index = [] }
    }

    /// Removes every key.
    mutating func removeAll() {
        hasLessonKeys = false
        keys = []
        hashes = []
        index = []
        version &+= 1
    }

    /// Drops every key without counting as a change (the collector's clearing, and `deinit`).
    mutating func dropKeys() {
        keys = []
        hashes = []
        index = []
    }

    private mutating func rebuildIndex() {
        var size = 16
        while size * 2 <= keys.count * 3 { size *= 2 }
        index = Array(repeating: -1, count: size)
        for position in keys.indices { insertIntoIndex(position) }
    }

    private mutating func insertIntoIndex(_ position: Int) {
        let mask = index.count - 1
        var bucket = Self.spread(hashes[position]) & mask
        while index[bucket] >= 0 { bucket = (bucket + 1) & mask }
        index[bucket] = Int32(truncatingIfNeeded: position)
    }

    /// Mixes a hash's bits so that consecutive ints and aligned addresses spread over the buckets.
    @inline(__always) private static func spread(_ hash: Int) -> Int {
        var x = UInt64(bitPattern: Int64(hash))
        x ^= x >> 33
        x &*= 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        return Int(truncatingIfNeeded: x)
    }
}
