extension Heap {
    /// Drops `objects` without recursing: a heap object's `deinit` hands its contents here, and the outermost
    /// release drops them one by one, so a chain of a million instances (each holding the next) is freed by a
    /// loop whose stack stays two `deinit`s deep.
    @inline(__always) func releaseLater(_ objects: inout [Object]) {
        guard !objects.isEmpty else { return }
        pendingRelease.append(contentsOf: objects)
        objects = []
        if !isReleasing { drainPendingReleases() }
    }

    /// Drops one reference later (see `releaseLater(_:)`).
    @inline(__always) func releaseLater(_ object: Object) {
        guard object.heapObject != nil else { return }
        pendingRelease.append(object)
        if !isReleasing { drainPendingReleases() }
    }

    /// Drops the pending references; what their `deinit`s hand over is dropped by the same loop.
    func drainPendingReleases() {
        guard !isReleasing else { return }
        isReleasing = true
        while !pendingRelease.isEmpty {
            _ = pendingRelease.removeLast()
        }
        isReleasing = false
    }
}
