import Foundation

/// Every heap object one session made, in two generations, and the cycle collector that frees the unreachable
/// cycles among them (Heap+Collection.swift).
///
/// Reference counting (Swift's ARC) frees most objects the moment the last reference goes. What it cannot free is
/// a cycle, and the lecture makes one at every operation: `out` holds its `_backward` closure, whose environment
/// holds `out`. The heap lists every object that can be part of a cycle, unretained, so that a collection can find
/// them; objects leave the list in their `deinit`.
///
/// Objects start in the young generation; a collection of the young ones runs once `youngThreshold` were made,
/// and the survivors move to the old generation, which is collected with them once it has grown by
/// `oldGrowthFactor` since the last full collection. That keeps the work per object made constant, as CPython's
/// generations do. A training step's graph does not wait for them: the rebinding that drops it makes its root a
/// suspect, collected on its own at the next statement (Heap+Rebinding.swift).
///
/// A heap belongs to one session and is used by one thread at a time. The session makes it current on the thread
/// that runs a cell (`Heap.withCurrent`), so objects made anywhere in the runtime find it without being told.
final class Heap {
    /// The generations, as stored in `HeapObject.generation`.
    static let young: UInt8 = 0
    static let old: UInt8 = 1

    /// Young objects made before a young collection is due, at first; it adapts (see `adaptYoungThreshold`).
    static let initialYoungThreshold = 20_000
    /// The bounds of the adaptive young threshold.
    static let youngThresholdRange = 10_000...1_280_000
    /// Young objects made before a young collection is due.
    @exclusivity(unchecked) private(set) var youngThreshold = Heap.initialYoungThreshold
    /// The young count at which a collection is due: `youngThreshold`, or 0 while a suspect waits.
    @exclusivity(unchecked) private var youngCollectionDueAt = Heap.initialYoungThreshold
    /// A full collection is due once the tracked objects have grown by this fraction of what the last one left
    /// alive (and by at least `minimumOldGrowth`); the fraction adapts (see `adaptOldGrowth`).
    static let oldGrowthRange = 0.25...1.0
    static let minimumOldGrowth = 50_000
    @exclusivity(unchecked) private(set) var oldGrowthFactor = 0.25
    /// The number of tracked objects at which a full collection is due: the survivors of the last one plus
    /// `oldGrowthFactor` as many again (at least `minimumOldGrowth`), so the work of full collections stays
    /// proportional to the objects made, and memory to the objects alive.
    @exclusivity(unchecked) private var fullCollectionDueAt = Heap.minimumOldGrowth

    @exclusivity(unchecked) var youngObjects = ObjectList()
    @exclusivity(unchecked) var oldObjects = ObjectList()
    /// Old objects alive after the last full collection.
    var oldCountAfterFullCollection = 0
    /// Serials handed out so far (see `HeapObject.serial`).
    @exclusivity(unchecked) var serialsGiven: UInt32 = 0
    /// Bumped whenever any class's attributes change: cached lookups of an older epoch are stale.
    @exclusivity(unchecked) var typeEpoch = 0
    /// The most objects tracked at once, as seen when a collection fell due: the high-water mark of what a cell
    /// kept, alive or not yet collected (tests bound it).
    private(set) var largestCount = 0
    /// Collections run, young and full (for tests and benchmarks).
    private(set) var youngCollections = 0
    private(set) var fullCollections = 0
    /// Collections of a suspect's graph run (see Heap+Rebinding.swift).
    var suspectCollections = 0
    /// Objects freed by collections.
    var objectsCollected = 0
    /// Tracked objects made so far: the clock that paces collections of suspects.
    @exclusivity(unchecked) var objectsMade = 0
    /// An instance that a rebinding may have left as the root of unreachable cycles, waiting for the next
    /// statement to collect what it reaches (Heap+Rebinding.swift).
    @exclusivity(unchecked) var suspect: HeapObject?
    /// Objects walked by collections of suspects so far.
    var suspectWork = 0

    /// References waiting to be dropped, so that freeing nested objects is a loop, not a recursion.
    @exclusivity(unchecked) var pendingRelease: [Object] = []
    @exclusivity(unchecked) var isReleasing = false
    /// How many `deinit`s deep the current freeing is (see `releaseNow`).
    @exclusivity(unchecked) var releaseDepth = 0

    init() {}

    deinit {
        tearDown()
        youngObjects.deallocate()
        oldObjects.deallocate()
    }

    /// The number of tracked objects alive.
    var count: Int { youngObjects.count + oldObjects.count }

    // MARK: Tracking

    @inline(__always) func track(_ object: HeapObject) {
        objectsMade &+= 1
        object.heapReference = Unmanaged.passUnretained(self)
        object.generation = Self.young
        object.heapIndex = Int32(truncatingIfNeeded: youngObjects.append(object))
    }

    @inline(__always) func untrack(_ object: HeapObject) {
        let index = Int(object.heapIndex)
        if object.generation == Self.young {
            youngObjects.remove(at: index)
        } else {
            oldObjects.remove(at: index)
        }
        object.heapReference = nil
    }

    /// A serial number for `id()`, given once per object. Serials are 32-bit: a session would have to ask four
    /// billion objects for their `id()` before one repeats.
    func serial(of object: HeapObject) -> Int {
        if object.serial == 0 {
            serialsGiven &+= 1
            if serialsGiven == 0 { serialsGiven = 1 }
            object.serial = serialsGiven
        }
        return Int(object.serial)
    }

    /// The next serial for an object that is not a heap object (an engine value, a built-in function).
    func nextSerial() -> Int {
        serialsGiven &+= 1
        if serialsGiven == 0 { serialsGiven = 1 }
        return Int(serialsGiven)
    }

    // MARK: When to collect

    /// Whether a collection is due: cheap enough to ask at every statement.
    @inline(__always) var collectionIsDue: Bool {
        youngObjects.count >= youngCollectionDueAt || youngObjects.count + oldObjects.count >= fullCollectionDueAt
    }

    /// Collects if due: a suspect's graph, the young generation, and the old one too once it has grown enough.
    @inline(__always) func collectIfDue() {
        if collectionIsDue { collectDue() }
    }

    private func collectDue() {
        largestCount = max(largestCount, count)
        if suspect != nil {
            collectSuspect()
            youngCollectionDueAt = youngThreshold
            guard collectionIsDue else { return }
        }
        collect(includingOld: youngObjects.count + oldObjects.count >= fullCollectionDueAt)
    }

    /// Makes a collection due at the next statement, for the suspect.
    func scheduleSuspectCollection() {
        youngCollectionDueAt = 0
    }

    /// Collects everything now (`gc.collect()`, and between cells).
    func collectAll() {
        suspect = nil
        youngCollectionDueAt = youngThreshold
        collect(includingOld: true)
    }

    func noteCollection(full: Bool, candidates: Int, freed: Int) {
        if full {
            fullCollections += 1
            oldCountAfterFullCollection = oldObjects.count
            adaptOldGrowth(candidates: candidates, freed: freed)
            fullCollectionDueAt = oldCountAfterFullCollection
                + max(Self.minimumOldGrowth, Int(Double(oldCountAfterFullCollection) * oldGrowthFactor))
        } else {
            youngCollections += 1
            adaptYoungThreshold(candidates: candidates, freed: freed)
            youngCollectionDueAt = youngThreshold
        }
        objectsCollected += freed
    }

    /// A full collection that finds little garbage (a training step's graph is still being built) was mostly
    /// wasted, so the next one waits for more growth; one that finds much runs sooner next time, keeping memory
    /// close to what is alive.
    private func adaptOldGrowth(candidates: Int, freed: Int) {
        guard candidates > Self.minimumOldGrowth else { return }
        if freed * 4 < candidates {
            oldGrowthFactor = min(oldGrowthFactor * 2, Self.oldGrowthRange.upperBound)
        } else if freed * 2 > candidates {
            oldGrowthFactor = max(oldGrowthFactor / 2, Self.oldGrowthRange.lowerBound)
        }
    }

    /// Young collections pay for every young object and win only the garbage among them. When they keep finding
    /// little (a training step's graph is alive until the step ends), they run less often; when they find much,
    /// more often. The old generation's rule bounds memory either way.
    private func adaptYoungThreshold(candidates: Int, freed: Int) {
        guard candidates > 0 else { return }
        if freed * 10 < candidates {
            youngThreshold = min(youngThreshold * 2, Self.youngThresholdRange.upperBound)
        } else if freed * 2 > candidates {
            youngThreshold = max(youngThreshold / 2, Self.youngThresholdRange.lowerBound)
        }
    }

    // MARK: The current heap of a thread

    /// The heap of the session running on this thread, if any.
    static var current: Heap? { currentReference?.takeUnretainedValue() }

    /// The heap of the session running on this thread, unretained.
    @inline(__always) static var currentReference: Unmanaged<Heap>? {
        guard let pointer = pthread_getspecific(currentKey) else { return nil }
        return Unmanaged<Heap>.fromOpaque(pointer)
    }

    /// Runs `body` with this heap current on the calling thread, then restores whatever was current before.
    func withCurrent<T>(_ body: () throws -> T) rethrows -> T {
        let previous = pthread_getspecific(Self.currentKey)
        pthread_setspecific(Self.currentKey, Unmanaged.passUnretained(self).toOpaque())
        defer { pthread_setspecific(Self.currentKey, previous) }
        return try body()
    }

    private static let currentKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    // MARK: The end of a session

    /// Frees every object the session made: breaks every reference between them, so that no cycle keeps anything
    /// alive, then lets reference counting free them. Objects that something outside still holds stay alive, but
    /// empty and no longer tracked.
    func tearDown() {
        suspect = nil
        var everything: [HeapObject] = []
        everything.reserveCapacity(count)
        youngObjects.forEach { everything.append($0) }
        oldObjects.forEach { everything.append($0) }
        for object in everything { object.clearReferences() }
        for object in everything where object.heapReference?.toOpaque() == Unmanaged.passUnretained(self).toOpaque() {
            untrack(object)
        }
        everything.removeAll()
        drainPendingReleases()
    }
}

/// The objects of one generation: an unretained, unordered list in which each object knows its place, so that
/// adding and removing are O(1).
struct ObjectList {
    private var base: UnsafeMutablePointer<Unmanaged<HeapObject>>
    private var capacity: Int
    private(set) var count = 0

    init() {
        capacity = 1024
        base = .allocate(capacity: capacity)
    }

    func deallocate() { base.deallocate() }

    /// Adds `object` and returns its place.
    @inline(__always) mutating func append(_ object: HeapObject) -> Int {
        if count == capacity { grow() }
        base[count] = Unmanaged.passUnretained(object)
        count += 1
        return count - 1
    }

    /// Removes the object at `index`: the last one moves into its place.
    @inline(__always) mutating func remove(at index: Int) {
        count -= 1
        guard index < count else { return }
        let last = base[count]
        base[index] = last
        last._withUnsafeGuaranteedRef { $0.heapIndex = Int32(truncatingIfNeeded: index) }
    }

    /// The object at `index`, unretained.
    @inline(__always) subscript(index: Int) -> Unmanaged<HeapObject> { base[index] }

    /// Calls `body` with each object, strongly referenced for the call.
    func forEach(_ body: (HeapObject) -> Void) {
        for i in 0..<count { body(base[i].takeUnretainedValue()) }
    }

    /// Empties the list, leaving the objects' places stale (the caller re-files them).
    mutating func removeAll() { count = 0 }

    private mutating func grow() {
        let bigger = UnsafeMutablePointer<Unmanaged<HeapObject>>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }
}
