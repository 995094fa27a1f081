extension Heap {
    /// How many `deinit`s deep freeing may go before contents are handed to the pending list instead.
    static let maximumReleaseDepth = 64

    /// Runs `drop` (which releases a dying object's contents) now, unless freeing is already
    /// `maximumReleaseDepth` deinits deep; `false` when it did not, and the caller must use `releaseLater`.
    /// Freeing nested objects therefore recurses at most that deep, however long a chain of objects is, and the
    /// common shallow case costs no copying.
    @inline(__always) func releaseNow(_ drop: () -> Void) -> Bool {
        guard releaseDepth < Self.maximumReleaseDepth else { return false }
        releaseDepth += 1
        drop()
        releaseDepth -= 1
        return true
    }

    /// Drops `objects` now if freeing is shallow, else later: the outermost release drops the pending ones one by
    /// one, so a chain of a million instances is freed by a loop, not a million nested `deinit`s.
    @inline(__always) func releaseLater(_ objects: inout [Object]) {
        guard !objects.isEmpty else { return }
        if releaseNow({ objects = [] }) { return }
        pendingRelease.append(contentsOf: objects)
        objects = []
        if !isReleasing { drainPendingReleases() }
    }

    /// Drops one reference now or later (see `releaseLater(_:)`).
    @inline(__always) func releaseLater(_ object: consuming Object) {
        var held = [object]
        releaseLater(&held)
    }

    /// Drops the pending references; what their `deinit`s hand over is dropped by the same loop.
    func drainPendingReleases() {
        guard !isReleasing else { return }
        isReleasing = true
        let depth = releaseDepth
        // Dropping pending references starts a fresh, shallow chain of deinits from here.
        releaseDepth = 0
        while !pendingRelease.isEmpty {
            _ = pendingRelease.removeLast()
        }
        releaseDepth = depth
        isReleasing = false
    }
}
