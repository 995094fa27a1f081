/// Collecting a training step's graph the moment it becomes garbage.
///
/// A training loop drops the whole graph of one step when it rebinds the loss (`total_loss, acc = loss()`), and
/// the graph is nothing but cycles (each value's `_backward` closure holds the value). Left to the generations,
/// it waits for a full collection, which runs only once the heap has grown by a quarter or more; by then a third
/// graph is being built, and a full collection walks every object alive. CPython waits the same way.
///
/// So when a statement rebinds a local or global variable and the instance it held is left with exactly one
/// other reference (its own closure's, in the lecture), Gradbook suspects it is the root of such a graph. At the
/// next statement it runs trial deletion over what that instance reaches: the dropped graph, and the live
/// parameters it points to, which their outside references keep. A training loop's memory then stays near two
/// graphs, for one walk of the dropped graph per step. (The other cycle a step leaves, `backward()`'s nested
/// `build_topo` holding the topological order, is broken when `backward()` returns; see `Frame`.) Collection in
/// Python may run at any moment, so this changes when objects are freed, never what a lesson computes.
///
/// A suspect that turns out to be alive wastes its walk (a loop variable over a list of neurons is one). The
/// walks are therefore budgeted: their total stays within `suspectWorkPerObject` per object made, plus
/// `suspectWorkAllowance`, so the work of these collections stays proportional to the objects made.
extension Heap {
    /// Suspects are walked only while the objects walked so far are at most this many per object made, plus
    /// `suspectWorkAllowance`.
    static let suspectWorkPerObject = 2
    static let suspectWorkAllowance = 100_000

    /// Notes that a variable no longer holds `old`, which the caller holds and is about to drop: if it is an
    /// instance left with one other reference, it becomes the suspect (if the budget allows).
    @inline(__always) func noteRebinding(_ old: inout Object) {
        guard case .instance = old, Object.payloadIsPlainReference else { return }
        let pointer = withUnsafeBytes(of: &old) { $0.load(as: UnsafeMutableRawPointer.self) }
        guard strongCount(pointer) == 2 else { return }
        suspectRebinding(Unmanaged<HeapObject>.fromOpaque(pointer).takeUnretainedValue())
    }

    private func suspectRebinding(_ object: HeapObject) {
        guard suspect == nil, suspectWork <= objectsMade * Self.suspectWorkPerObject + Self.suspectWorkAllowance,
            object.heapReference?.toOpaque() == Unmanaged.passUnretained(self).toOpaque()
        else { return }
        suspect = object
        scheduleSuspectCollection()
    }

    /// Trial deletion among the objects the suspect reaches. Survivors keep their generations.
    ///
    /// One walk finds the candidates and counts their outside references together. A candidate's count starts
    /// at minus the references met to it so far (its heap reference as `suspect`, for the first), gains its strong
    /// count when the walk reaches it, and loses one for every reference met to it later. Every candidate is
    /// traversed once, so every reference from one candidate to another is met once. Counts are read between
    /// traversals, never inside one, where the reference being visited may be held an extra time.
    func collectSuspect() {
        guard let root = suspect.map(Unmanaged.passUnretained) else { return }
        let me = Unmanaged.passUnretained(self).toOpaque()
        var candidates: [Unmanaged<HeapObject>] = [root]
        root._withUnsafeGuaranteedRef {
            $0.collectorState = Self.candidate
            $0.outsideReferences = -1
        }
        var next = 0
        while next < candidates.count {
            let object = candidates[next]
            let count = Int32(truncatingIfNeeded: strongCount(object.toOpaque()))
            object._withUnsafeGuaranteedRef {
                $0.outsideReferences += count
                $0.traverse { referent in
                    if referent.collectorState == Self.candidate {
                        referent.outsideReferences -= 1
                    } else if referent.collectorState == Self.idle, referent.heapReference?.toOpaque() == me {
                        referent.collectorState = Self.candidate
                        referent.outsideReferences = -1
                        candidates.append(.passUnretained(referent))
                    }
                }
            }
            next += 1
        }
        let walked = candidates.count
        let freed = separateGarbage(&candidates)
        suspect = nil
        free(&candidates)
        objectsCollected += freed
        suspectCollections += 1
        suspectWork += walked
    }
}
