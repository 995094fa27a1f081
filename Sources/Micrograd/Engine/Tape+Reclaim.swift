// Reclaiming unreachable nodes, at the first of a run of new leaves (where a training step starts).
//
// The general way marks what live handles reach, then drops dead nodes on top, reuses the longest dead stretch below
// live ones, or compacts. Marking costs a step per live node, and a loop written as micrograd's demo writes it holds
// last step's whole graph while it builds the next (`total_loss, acc = loss()` replaces it only once the new graph
// exists), so marking every step would cost as much as building the graph once more; marking only once as many
// nodes as are live have been made keeps that cost down, but then the tape cycles through three steps' stretches,
// more than a core's cache holds.
//
// The quick way needs no marking. Every reclaim point remembers the stretch of nodes made since the point before
// it. At the next point that stretch (the step before last) is dead if no handle points into it and no node above
// it has an operand in it: operands are always older, hence lower, so nothing below can reach it. Checking that
// reads the handles and the operand columns above the stretch, which in such a loop hold only last step's graph,
// made since the previous point. The stretch is then dropped (if it is on top) or built in next (if last step's
// graph is above it), and whatever lies above every handle is dropped too: the loop alternates between two
// stretches and seldom marks. Whenever the check fails, the general way runs as before, on its own budget.

/// The latest reclaim point: when it was, where the nodes made since then go, and the stretch made before it.
struct ReclaimPoint {
    /// `nodes.appended` at the point.
    var appended = 0
    /// Nodes made since the point fill the open reused stretch from `reuseFrom` and the top from `topFrom`.
    var reuseFrom = 0
    var topFrom = 0
    /// The tape's generation at the point: a compaction since renumbered everything, so nothing above holds.
    var generation = -1
    /// The nodes made between the point before and this one, if they were contiguous and this point left them in
    /// place: the next point's candidate for a dead stretch.
    var previousStretch: Range<Int>?
}

extension Tape {
    /// Nodes made between reclaim points: half the marking budget, so a loop that holds one step's graph reaches
    /// a point every step.
    var reclaimInterval: Int { max(Self.minimumCollectionThreshold, allocationBudget / 2) }

    /// Compacts the tape if it has grown far past its live size. Called at the start of every public operation,
    /// when every node still needed is held by a handle.
    @inline(__always) public func collectIfNeeded() {
        if nodes.count >= hardCollectionThreshold { collect() }
    }

    /// Keeps only the nodes that live handles reach, in order, and renumbers handles and labels. Does nothing
    /// while intermediates are held (see `pendingHolds`).
    public func collect() {
        guard pendingHolds == 0 else { return }
        markLive()
        compactMarked()
    }

    /// A reclaim point: the quick way if the stretch made before the last point is dead, else the general way if
    /// its budget is spent. Every few quick ways the general one runs anyway, for the garbage the quick way cannot
    /// see (dead nodes outside the stretches it checks, such as a dead stretch left on top).
    func reclaim() {
        let madeSince = stretchMadeSinceLastPoint()
        if let candidate = lastPoint.previousStretch, quickReclaimsSinceMarking < Self.quickReclaimsBetweenMarkings,
            reclaimQuickly(candidate)
        {
            quickReclaimsSinceMarking += 1
        } else if nodes.appended &- appendedAtLastReclaim >= allocationBudget {
            reclaimByMarking()
        }
        var point = ReclaimPoint(appended: nodes.appended, reuseFrom: nodes.reuseNext, topFrom: nodes.count)
        point.generation = generation
        if let stretch = madeSince, generation == lastPoint.generation, stretch.upperBound <= nodes.count,
            !stretch.overlaps(nodes.reuseNext..<nodes.reuseEnd)
        {
            point.previousStretch = stretch
        }
        lastPoint = point
    }

    /// The nodes made since the last point, if they form one stretch (all in the reused stretch, or all on top).
    private func stretchMadeSinceLastPoint() -> Range<Int>? {
        guard generation == lastPoint.generation else { return nil }
        let reused = lastPoint.reuseFrom..<max(lastPoint.reuseFrom, nodes.reuseNext)
        let onTop = lastPoint.topFrom..<max(lastPoint.topFrom, nodes.count)
        if reused.isEmpty { return onTop }
        return onTop.isEmpty ? reused : nil
    }

    /// Drops `stretch` or builds the next nodes in it, if no handle and no node above it can reach it; nodes above
    /// every handle are dead too (nothing reaches up) and are dropped as well. The nodes to check must be few next
    /// to those made since the last point, so the check costs no more than making them did.
    private func reclaimQuickly(_ stretch: Range<Int>) -> Bool {
        guard stretch.count >= Self.minimumReusableStretch, stretch.upperBound <= nodes.count else { return false }
        var held = false
        var top = 0
        handles.forEach { value in
            let index = Int(value.index)
            if stretch.contains(index) { held = true }
            top = max(top, index + 1)
        }
        let above = stretch.upperBound..<max(stretch.upperBound, top)
        guard !held, above.count <= 2 * (nodes.appended &- lastPoint.appended), above.isEmpty || reuseLog.canOpen,
            !nodes.hasOperand(in: stretch, among: above)
        else { return false }
        // Everything from `top` up is dead; with nothing above the stretch, `top` is at or below the stretch.
        reuseLog.close(at: nodes.reuseNext)
        if !labels.isEmpty { labels = labels.filter { !stretch.contains(Int($0.key)) && Int($0.key) < top } }
        reuseLog.truncate(to: top)
        nodes.truncate(to: top)
        if !above.isEmpty {
            reuseLog.open(stretch, top: top)
            nodes.openReuse(stretch)
        }
        quickReclaims += 1
        return true
    }

    /// The general way: the cheapest of dropping dead nodes on top, reusing the longest dead stretch below live
    /// ones, or compacting.
    private func reclaimByMarking() {
        markLive()
        let survey = nodes.surveyMarked()
        let garbage = survey.end - survey.live
        let gap = survey.largestGap
        if garbage > 0, gap.count >= max(Self.minimumReusableStretch, garbage / 2), reuseLog.canOpen {
            keepLiveWithoutMoving(survey)
            reuseLog.open(gap, top: survey.end)
            nodes.openReuse(gap)
        } else if garbage > max(survey.live, Self.minimumCollectionThreshold) {
            compactMarked()
        } else {
            keepLiveWithoutMoving(survey)
        }
    }

    /// Marks every node a live handle reaches.
    private func markLive() {
        let marks = nodes.marks
        handles.forEach { marks[Int($0.index)] = 1 }
        nodes.closeMarks()
        reuseLog.close(at: nodes.reuseNext)
    }

    /// After marking: forgets the labels of dead nodes, drops the dead nodes on top and clears the marks.
    private func keepLiveWithoutMoving(_ survey: NodeStorage.Survey) {
        let marks = nodes.marks
        if !labels.isEmpty { labels = labels.filter { marks[Int($0.key)] != 0 } }
        nodes.clearMarks()
        reuseLog.truncate(to: survey.end)
        nodes.truncate(to: survey.end)
        finish(live: survey.live)
    }

    /// After marking: keeps only the marked nodes, in order, and renumbers handles, labels and the reuse log.
    private func compactMarked() {
        let marks = nodes.marks
        labels = labels.filter { marks[Int($0.key)] != 0 }
        reuseLog.compact(nodes)
        let handleColumn = nodes.handle
        handles.forEach { handleColumn[Int($0.index)] = nil }
        nodes.compactMarked()
        let remap = nodes.remap
        handles.forEach { value in
            value.index = remap[Int(value.index)]
            handleColumn[Int(value.index)] = Unmanaged.passUnretained(value)
        }
        var relabelled: [Int32: String] = [:]
        for (old, label) in labels { relabelled[remap[Int(old)]] = label }
        labels = relabelled
        generation += 1
        finish(live: nodes.count)
    }

    /// Sets the next budget and bound from the live size.
    private func finish(live: Int) {
        quickReclaimsSinceMarking = 0
        liveCountAfterLastCollection = live
        appendedAtLastReclaim = nodes.appended
        allocationBudget = max(Self.minimumCollectionThreshold, live)
        hardCollectionThreshold = max(
            Self.minimumHardThreshold, Self.hardThresholdFactor * (nodes.count + allocationBudget))
    }
}
