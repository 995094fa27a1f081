/// `swift_retainCount`: the strong reference count of a Swift object, from the Swift runtime.
@_silgen_name("swift_retainCount")
private func swiftRetainCount(_ object: UnsafeMutableRawPointer) -> Int

/// The strong reference count of a heap object, read from its header where the Swift runtime keeps it inline
/// (64-bit platforms: the word after the type pointer, strong count minus one in bits 33 to 62, bit 63 clear unless
/// the count lives in a side table). A collection reads a count for every candidate, and a call into the
/// runtime for each costs more than the rest of the work. `inlineCountsAgree` checks the layout once against
/// the runtime; if it ever differs, or an object has a side table, the runtime is asked.
@inline(__always) func strongCount(_ object: UnsafeMutableRawPointer) -> Int {
    if Heap.inlineCountsAgree {
        let bits = object.load(fromByteOffset: MemoryLayout<UnsafeRawPointer>.size, as: UInt64.self)
        if bits & (1 << 63) == 0 { return Int((bits >> 33) & 0x3FFF_FFFF) + 1 }
    }
    return swiftRetainCount(object)
}

extension Heap {
    /// Whether reading counts from object headers agrees with the Swift runtime (see `strongCount`).
    static let inlineCountsAgree: Bool = {
        guard MemoryLayout<Int>.size == 8 else { return false }
        let probe = HeapObject(untracked: ())
        var holders = [HeapObject]()
        for extra in 0..<3 {
            let pointer = Unmanaged.passUnretained(probe).toOpaque()
            let bits = pointer.load(fromByteOffset: 8, as: UInt64.self)
            let inline = bits & (1 << 63) == 0 ? Int((bits >> 33) & 0x3FFF_FFFF) + 1 : -1
            if inline != swiftRetainCount(pointer) { return false }
            _ = extra
            holders.append(probe)
        }
        return true
    }()
}

extension Heap {
    /// The collector's states of an object during a collection (`HeapObject.collectorState`).
    static let idle: UInt8 = 0
    static let candidate: UInt8 = 1
    static let reachable: UInt8 = 2

    /// Finds the unreachable cycles among the young objects (and the old ones with `includingOld`) and breaks them,
    /// by CPython's trial deletion:
    /// 1. each candidate's count of outside references starts at its strong reference count;
    /// 2. every reference a candidate holds to another candidate is subtracted, so what is left counts the
    ///    references from elsewhere: frames, globals, the interpreter's own Swift variables, older objects;
    /// 3. candidates with outside references are reachable, and so is everything they reach;
    /// 4. the rest is garbage: nothing but other garbage refers to it. Each garbage object drops its references,
    ///    and reference counting frees them all.
    ///
    /// This needs no list of roots, so it is safe at any point where the interpreter runs Swift code with objects
    /// in its local variables: those references are outside references like any other. Survivors move to the old
    /// generation. Complexity: O(candidates + their references).
    func collect(includingOld: Bool) {
        var candidates: [Unmanaged<HeapObject>] = []
        candidates.reserveCapacity(youngObjects.count + (includingOld ? oldObjects.count : 0))
        for i in 0..<youngObjects.count { candidates.append(youngObjects[i]) }
        if includingOld {
            for i in 0..<oldObjects.count { candidates.append(oldObjects[i]) }
        }
        for candidate in candidates {
            candidate._withUnsafeGuaranteedRef { $0.collectorState = Self.candidate }
        }
        countOutsideReferences(candidates)
        let candidateCount = candidates.count
        let freed = separateGarbage(&candidates)
        promoteYoung()
        free(&candidates)
        noteCollection(full: includingOld, candidates: candidateCount, freed: freed)
    }

    /// Steps 1 and 2 of trial deletion among `candidates`, each already marked as a candidate.
    private func countOutsideReferences(_ candidates: [Unmanaged<HeapObject>]) {
        for candidate in candidates {
            let count = Int32(truncatingIfNeeded: strongCount(candidate.toOpaque()))
            candidate._withUnsafeGuaranteedRef { $0.outsideReferences = count }
        }
        for candidate in candidates {
            candidate._withUnsafeGuaranteedRef {
                $0.traverse { referent in
                    if referent.collectorState == Self.candidate { referent.outsideReferences -= 1 }
                }
            }
        }
    }

    /// Steps 3 and 4 of trial deletion among `candidates`, whose `outsideReferences` are counted: every
    /// reference that any candidate's `traverse` reports from one candidate to another is subtracted. Leaves every
    /// candidate idle and `candidates` holding only the garbage, each retained once (for `free`), and returns how
    /// much garbage there is. The garbage reuses the candidates' storage: a collection runs when the heap is at its
    /// largest, so it allocates as little as it can.
    func separateGarbage(_ candidates: inout [Unmanaged<HeapObject>]) -> Int {
        var pending: [Unmanaged<HeapObject>] = []
        for candidate in candidates {
            candidate._withUnsafeGuaranteedRef {
                if $0.outsideReferences > 0 {
                    $0.collectorState = Self.reachable
                    pending.append(candidate)
                }
            }
        }
        while let object = pending.popLast() {
            object._withUnsafeGuaranteedRef {
                $0.traverse { referent in
                    if referent.collectorState == Self.candidate {
                        referent.collectorState = Self.reachable
                        pending.append(.passUnretained(referent))
                    }
                }
            }
        }
        var garbageCount = 0
        for i in candidates.indices {
            let candidate = candidates[i]
            let isGarbage = candidate._withUnsafeGuaranteedRef { object in
                defer { object.collectorState = Self.idle }
                return object.collectorState == Self.candidate
            }
            if isGarbage {
                candidates[garbageCount] = candidate.retain()
                garbageCount += 1
            }
        }
        candidates.removeLast(candidates.count - garbageCount)
        return garbageCount
    }

    /// Breaks every reference among `garbage` (retained by `separateGarbage`), then lets go of it, so reference
    /// counting frees it all; empties `garbage`.
    func free(_ garbage: inout [Unmanaged<HeapObject>]) {
        for object in garbage { object._withUnsafeGuaranteedRef { $0.clearReferences() } }
        for object in garbage { object.release() }
        garbage = []
        drainPendingReleases()
    }

    /// Moves every young object to the old generation.
    func promoteYoung() {
        for i in 0..<youngObjects.count {
            youngObjects[i]._withUnsafeGuaranteedRef { object in
                object.generation = Self.old
                object.heapIndex = Int32(truncatingIfNeeded: oldObjects.append(object))
            }
        }
        youngObjects.removeAll()
    }
}
