/// Filled contour bands by marching squares: the region `lower < z ≤ upper` of a grid, as closed rings of
/// grid keys (see `PlotContourGrid`), to be filled with the even-odd rule.
///
/// Each cell yields the polygons of its part of the band: its boundary walked corner to corner, keeping the
/// stretches inside the band, joined through the cell along the two levels' iso-lines. Where a level cuts the
/// cell's four edges (a saddle), the cell's centre (the mean of its corners) decides which way the iso-line
/// turns, the same way for both levels and for `contour`'s lines, so bands and lines always agree. The cells'
/// polygons are then merged: an edge two neighbouring cells share is walked once each way and cancels, and what
/// remains chains into the band's outlines and holes.
enum PlotIsobands {
    /// The rings of the band between `lower` (exclusive) and `upper` (inclusive).
    static func rings(_ grid: PlotContourGrid, lower: Double, upper: Double) -> [[Int]] {
        var edges = PlotDirectedEdges()
        for row in 0..<(grid.rows - 1) {
            for column in 0..<(grid.columns - 1) {
                for polygon in cellPolygons(grid, row, column, lower: lower, upper: upper) {
                    for (index, key) in polygon.enumerated() {
                        edges.add(from: key, to: polygon[(index + 1) % polygon.count])
                    }
                }
            }
        }
        return edges.rings()
    }

    /// A point met walking a cell's boundary.
    private struct Step {
        let key: Int
        /// For a crossing: whether the walk enters the band here (else it leaves it). Nil for a corner.
        let enters: Bool?
        /// For a crossing: whether it is of the upper level.
        let upper: Bool
        /// For a crossing: whether z rises through the level here.
        let rising: Bool
    }

    /// The polygons of cell `(row, column)`'s part of the band, as keys in boundary order.
    static func cellPolygons(_ grid: PlotContourGrid, _ row: Int, _ column: Int, lower: Double, upper: Double) -> [[Int]] {
        // Most cells lie wholly inside or outside the band: settle those without building anything.
        let z = grid.z
        let quick = [z[row][column], z[row][column + 1], z[row + 1][column + 1], z[row + 1][column]]
        if quick.contains(where: \.isNaN) { return [] }
        let inside = quick.filter { $0 > lower && $0 <= upper }.count
        if inside == 4 {
            return [[grid.key(row, column, .corner), grid.key(row, column + 1, .corner),
                     grid.key(row + 1, column + 1, .corner), grid.key(row + 1, column, .corner)]]
        }
        if inside == 0 && (quick.allSatisfy { $0 <= lower } || quick.allSatisfy { $0 > upper }) { return [] }
        let corners = grid.cellCorners(row, column)
        let values = quick
        // 0: at or below the band, 1: inside, 2: above.
        let classes = values.map { $0 <= lower ? 0 : ($0 <= upper ? 1 : 2) }

        var steps: [Step] = []
        for index in 0..<4 {
            let (from, to) = (classes[index], classes[(index + 1) % 4])
            if from == 1 {
                steps.append(Step(key: grid.key(corners[index].row, corners[index].column, .corner),
                                  enters: nil, upper: false, rising: false))
            }
            let edge = grid.cellEdge(row, column, index)
            if from < to {
                for level in from..<to {
                    steps.append(Step(key: grid.crossingKey(edge, upper: level == 1), enters: level == 0,
                                      upper: level == 1, rising: true))
                }
            } else if from > to {
                for level in (to..<from).reversed() {
                    steps.append(Step(key: grid.crossingKey(edge, upper: level == 1), enters: level == 1,
                                      upper: level == 1, rising: false))
                }
            }
        }
        let centre = values.reduce(0, +) / 4
        var partner: [Int: Int] = [:]
        for upperLevel in [false, true] {
            let crossings = steps.filter { $0.enters != nil && $0.upper == upperLevel }
            pair(crossings, centreIsHigh: centre > (upperLevel ? upper : lower), into: &partner)
        }
        return trace(steps, partner: partner)
    }

    /// Pairs a level's crossings of one cell into iso-line segments: two crossings join; four (a saddle) join so
    /// that the side of the level the centre lies on stays connected.
    private static func pair(_ crossings: [Step], centreIsHigh: Bool, into partner: inout [Int: Int]) {
        if crossings.count == 2 {
            partner[crossings[0].key] = crossings[1].key
            partner[crossings[1].key] = crossings[0].key
        } else if crossings.count == 4 {
            for index in 0..<4 {
                let this = crossings[index]
                let next = crossings[(index + 1) % 4]
                // The boundary from `this` to `next` is low when `this` falls; cut off the side the centre is not on.
                if this.rising != centreIsHigh {
                    partner[this.key] = next.key
                    partner[next.key] = this.key
                }
            }
        }
    }

    /// Follows runs of the boundary inside the band, each from an entering crossing to a leaving one, and the
    /// iso-line from each leaving crossing to the entering crossing it pairs with, until back at the start.
    private static func trace(_ steps: [Step], partner: [Int: Int]) -> [[Int]] {
        var runs: [[Int]] = []
        var runStartingAt: [Int: Int] = [:]
        guard let firstEntry = steps.firstIndex(where: { $0.enters == true }) else { return [] }
        var index = firstEntry
        var current: [Int] = []
        for _ in 0..<steps.count {
            let step = steps[index]
            if step.enters == true { current = [step.key] } else if !current.isEmpty { current.append(step.key) }
            if step.enters == false, !current.isEmpty {
                runStartingAt[current[0]] = runs.count
                runs.append(current)
                current = []
            }
            index = (index + 1) % steps.count
        }
        var used = Array(repeating: false, count: runs.count)
        var polygons: [[Int]] = []
        for start in runs.indices where !used[start] {
            var polygon: [Int] = []
            var run = start
            while !used[run] {
                used[run] = true
                polygon += runs[run]
                guard let exit = runs[run].last, let entry = partner[exit], let next = runStartingAt[entry] else { break }
                run = next
            }
            if polygon.count >= 3 { polygons.append(polygon) }
        }
        return polygons
    }
}

/// Directed edges of polygons that share edges: an edge added both ways cancels, and the rest chain into rings.
struct PlotDirectedEdges {
    /// An edge from one key to another.
    private struct Edge {
        let from: Int
        let to: Int
    }

    private var edges: [Edge] = []
    private var alive: [Bool] = []
    /// The position in `edges` of each live edge, by `pair(from, to)`.
    private var index: [Int: Int] = [:]

    /// One integer for an ordered pair of keys (keys stay far below 2³¹: a grid has at most 300 × 300 points).
    private static func pair(_ from: Int, _ to: Int) -> Int {
        from << 32 | to
    }

    /// Adds the edge `from → to`, or cancels it against `to → from`.
    mutating func add(from: Int, to: Int) {
        guard from != to else { return }
        if let reverse = index.removeValue(forKey: Self.pair(to, from)) {
            alive[reverse] = false
            return
        }
        index[Self.pair(from, to)] = edges.count
        edges.append(Edge(from: from, to: to))
        alive.append(true)
    }

    /// The remaining edges chained into closed rings, in the order their first edges were added.
    func rings() -> [[Int]] {
        var outgoing: [Int: [Int]] = [:]
        for (position, edge) in edges.enumerated() where alive[position] {
            outgoing[edge.from, default: []].append(position)
        }
        var used = Array(repeating: false, count: edges.count)
        var rings: [[Int]] = []
        for start in edges.indices where alive[start] && !used[start] {
            var ring = [edges[start].from]
            var current = start
            while true {
                used[current] = true
                let next = edges[current].to
                if next == ring[0] { break }
                ring.append(next)
                guard let following = outgoing[next]?.first(where: { !used[$0] }) else { break }
                current = following
            }
            if ring.count >= 3 { rings.append(ring) }
        }
        return rings
    }
}
