/// The base of every object that can hold other objects: lists, dicts, sets, tuples, functions, instances, types,
/// environments of closures. The cycle collector (`Heap`) tracks each of them, so a cycle that nothing outside it
/// reaches any more is found and broken, as CPython's `gc` module does for the same kinds of object.
///
/// A subclass reports every reference it holds to another heap object in `traverse`, exactly once per strong
/// reference it owns (the collector subtracts these from the object's reference counts), and drops all of them in
/// `clearReferences`. A subclass whose contents can nest (a list of lists, a linked chain of instances) hands them
/// to `Heap.releaseLater` in its `deinit`, so that freeing a chain of a million objects never recurses a million
/// times deep.
class HeapObject {
    /// The heap that tracks this object; `nil` when it is untracked (made outside any session) or its heap is gone.
    /// Unretained, and lent without a retain (`withHeap`): objects are made and freed by the million.
    final var heapReference: Unmanaged<Heap>?
    /// Where the object sits in its heap's list of its generation.
    final var heapIndex: Int32 = -1
    /// The collector's scratch count: references from outside the objects being collected.
    final var outsideReferences: Int32 = 0
    /// The number `id()` shows, given on first request, so it is deterministic and unique among the session's
    /// objects (CPython's is an address). 0 until asked for.
    final var serial: UInt32 = 0
    /// The generation: `Heap.young` or `Heap.old`.
    final var generation: UInt8 = 0
    /// The collector's scratch state: 0 outside a collection (see Heap+Collection.swift).
    final var collectorState: UInt8 = 0

    /// Makes an object tracked by the heap of the session running on this thread, if any.
    init() {
        Heap.currentReference?._withUnsafeGuaranteedRef { $0.track(self) }
    }

    /// Makes an object tracked by `heap` (the fast way for hot allocations that already have their heap at hand).
    init(heap: Heap) {
        heap.track(self)
    }

    /// Makes an object the collector need not track: one that can never be part of a cycle, because what it
    /// refers to is fixed when it is made and holds no heap object (a tuple of numbers, a function with no closure
    /// and no object defaults). CPython untracks such objects too; it halves the work of a collection in the
    /// lecture, where every value carries a `lambda: None`.
    init(untracked: Void) {}

    deinit {
        heapReference?._withUnsafeGuaranteedRef { $0.untrack(self) }
    }

    /// The tracking heap, if any.
    final var heap: Heap? { heapReference?.takeUnretainedValue() }

    /// Runs `body` with the tracking heap, lent without a retain; `nil` when the object is untracked.
    @inline(__always) @discardableResult final func withHeap<Result>(_ body: (Heap) -> Result) -> Result? {
        heapReference?._withUnsafeGuaranteedRef(body)
    }

    /// Calls `visit` once for every strong reference this object holds to a heap object. Subclasses override it.
    func traverse(_ visit: (HeapObject) -> Void) {}

    /// Drops every reference this object holds to other objects, breaking the cycles it is part of. The collector
    /// calls it only on garbage, which no lesson code can reach any more. Subclasses override it.
    func clearReferences() {}
}

extension Object {
    /// The heap object this object is, if it is one: what a container's `traverse` visits.
    @inline(__always) var heapObject: HeapObject? {
        switch self {
        case .list(let x): return x
        case .tuple(let x): return x
        case .dict(let x): return x
        case .set(let x): return x
        case .iterator(let x): return x
        case .function(let x): return x
        case .boundMethod(let x): return x
        case .module(let x): return x
        case .type(let x): return x
        case .instance(let x): return x
        case .native(let x): return x
        case .none, .bool, .int, .float, .string, .range, .builtin, .value, .neuron, .layer, .mlp, .notImplemented,
            .ellipsis, .unbound:
            return nil
        }
    }
}

extension Object {
    /// Calls `visit` with the heap object this object is, if it is one, without taking a reference of its own:
    /// the collector visits millions of references, and a retain and release for each would double its cost.
    /// The reference is read from the enum's payload, where Swift keeps a class reference as a plain pointer
    /// (`Object.payloadIsPlainReference` checks that once; if a future layout differs, the binding path runs).
    @inline(__always) func visitHeapObject(_ visit: (HeapObject) -> Void) {
        if Object.payloadIsPlainReference {
            switch self {
            case .list, .tuple, .dict, .set, .iterator, .function, .boundMethod, .module, .type, .instance, .native:
                let pointer = withUnsafeBytes(of: self) { $0.load(as: UnsafeRawPointer.self) }
                Unmanaged<HeapObject>.fromOpaque(pointer)._withUnsafeGuaranteedRef(visit)
            case .none, .bool, .int, .float, .string, .range, .builtin, .value, .neuron, .layer, .mlp,
                .notImplemented, .ellipsis, .unbound:
                return
            }
            return
        }
        switch self {
        case .list(let x): visit(x)
        case .tuple(let x): visit(x)
        case .dict(let x): visit(x)
        case .set(let x): visit(x)
        case .iterator(let x): visit(x)
        case .function(let x): visit(x)
        case .boundMethod(let x): visit(x)
        case .module(let x): visit(x)
        case .type(let x): visit(x)
        case .instance(let x): visit(x)
        case .native(let x): visit(x)
        case .none, .bool, .int, .float, .string, .range, .builtin, .value, .neuron, .layer, .mlp, .notImplemented,
            .ellipsis, .unbound:
            return
        }
    }
}

extension Object {
    /// Whether a heap object's case stores its reference as a plain pointer at the start of the enum, as Swift's
    /// layout of this enum does today (17 bytes: a 16-byte payload area and a tag byte).
    static let payloadIsPlainReference: Bool = {
        let list = ListObject([])
        let object = Object.list(list)
        let stored = withUnsafeBytes(of: object) { $0.load(as: UnsafeRawPointer.self) }
        return MemoryLayout<Object>.size == 17 && stored == UnsafeRawPointer(Unmanaged.passUnretained(list).toOpaque())
    }()
}

extension UnsafeMutablePointer where Pointee == Object {
    /// Visits the heap objects among the `count` objects here (see `HeapObject.traverse`).
    @inline(__always) func visitHeapObjects(count: Int, _ visit: (HeapObject) -> Void) {
        for i in 0..<count { self[i].visitHeapObject(visit) }
    }
}

extension Array where Element == Object {
    /// Visits the heap objects among these elements (see `HeapObject.traverse`).
    @inline(__always) func visitHeapObjects(_ visit: (HeapObject) -> Void) {
        withUnsafeBufferPointer { buffer in
            for i in buffer.indices { buffer[i].visitHeapObject(visit) }
        }
    }
}

extension Dictionary.Values where Value == Object {
    /// Visits the heap objects among these values (see `HeapObject.traverse`).
    func visitHeapObjects(_ visit: (HeapObject) -> Void) {
        for value in self { value.visitHeapObject(visit) }
    }
}
