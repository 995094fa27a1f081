/// `shuffle` and `permutation`: numpy's Fisher–Yates from the last element down, one `random_interval(i)` per
/// position `i ≥ 1`, swapping whole rows of a multi-dimensional array.
extension NumPyRandomState {
    /// `shuffle(x)` for a 1-D array or a list, in place.
    public mutating func shuffle<Element>(_ elements: inout [Element]) {
        var i = elements.count - 1
        while i >= 1 {
            let j = randomInterval(i)
            if i != j { elements.swapAt(i, j) }
            i -= 1
        }
    }

    /// `shuffle(x)` for an ndarray of two or more dimensions, in place: `elements` in C order, `rowCount` the length
    /// of the first axis; whole rows move. An array with no elements is left alone without drawing (numpy returns
    /// early even when `rowCount` is not 0, as for shape `(3, 0)`).
    public mutating func shuffle<Element>(rows elements: inout [Element], rowCount: Int) {
        guard !elements.isEmpty, rowCount > 0 else { return }
        let order = permutation(rowCount)
        elements = Self.gather(rows: elements, rowCount: rowCount, order: order)
    }

    /// `permutation(n)`: `np.arange(n)` shuffled (empty for `n ≤ 0`).
    public mutating func permutation(_ n: Int) -> [Int] {
        guard n > 0 else { return [] }
        var order = Array(0..<n)
        shuffle(&order)
        return order
    }

    /// `permutation(x)` for a 1-D array or a list: a shuffled copy.
    public mutating func permutation<Element>(_ elements: [Element]) -> [Element] {
        var copy = elements
        shuffle(&copy)
        return copy
    }

    /// `permutation(x)` for an ndarray of two or more dimensions: its rows in the order of `permutation(rowCount)`.
    /// Unlike `shuffle`, this draws even when the rows are empty (numpy shuffles an index array).
    public mutating func permutation<Element>(rows elements: [Element], rowCount: Int) -> [Element] {
        let order = permutation(rowCount)
        return Self.gather(rows: elements, rowCount: rowCount, order: order)
    }

    /// The rows of `elements` (C order, `rowCount` rows of equal length) in `order`. Elements past the last whole
    /// row, which a well-formed array does not have, are dropped.
    static func gather<Element>(rows elements: [Element], rowCount: Int, order: [Int]) -> [Element] {
        guard rowCount > 0 else { return [] }
        let rowLength = elements.count / rowCount
        var gathered: [Element] = []
        gathered.reserveCapacity(rowLength * rowCount)
        for row in order where row >= 0 && row < rowCount {
            gathered.append(contentsOf: elements[(row * rowLength)..<((row + 1) * rowLength)])
        }
        return gathered
    }
}
