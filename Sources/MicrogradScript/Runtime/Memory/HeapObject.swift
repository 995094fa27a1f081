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
    unowned(unsafe) final var heap: Heap?
    /// Where the object sits in its heap's list of its generation.
    final var heapIndex: Int32 = -1
    /// The generation: `Heap.young` or `Heap.old`.
    final var generation: UInt8 = 0
    /// The collector's scratch state: 0 outside a collection (see Heap+Collection.swift).
    final var collectorState: UInt8 = 0
    /// The collector's scratch count: references from outside the objects being collected.
    final var outsideReferences = 0
    /// The number `id()` shows, given on first request, so it is deterministic and unique among the session's
    /// objects (CPython's is an address).
    final var serial = 0

    /// Makes an object tracked by the heap of the session running on this thread, if any.
    init() {
        if let heap = Heap.current { heap.track(self) }
    }

    /// Makes an object tracked by `heap` (the fast way for hot allocations that already have their heap at hand).
    init(heap: Heap) {
        heap.track(self)
    }

    deinit {
        if let heap { heap.untrack(self) }
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

extension Sequence where Element == Object {
    /// Visits the heap objects among these elements (see `HeapObject.traverse`).
    @inline(__always) func visitHeapObjects(_ visit: (HeapObject) -> Void) {
        for element in self {
            if let object = element.heapObject { visit(object) }
        }
    }
}
