/// A colormap's lookup table, ready to sample many values: what `cmap(x)` reads for each `x`.
public struct PlotColormapLookup: Sendable {
    /// The table: `count` colours, the first for 0 and the last for 1.
    public let table: [PlotColour]
    /// The colour below 0 (matplotlib's `get_under()`: the first colour unless set).
    public let under: PlotColour
    /// The colour above 1 (`get_over()`: the last colour).
    public let over: PlotColour
    /// The colour of NaN (`get_bad()`: transparent black).
    public let bad = PlotColour(red: 0, green: 0, blue: 0, alpha: 0)

    /// A lookup of `table`, which must not be empty.
    public init(table: [PlotColour]) {
        self.table = table.isEmpty ? [PlotColour(red: 0, green: 0, blue: 0)] : table
        under = self.table[0]
        over = self.table[self.table.count - 1]
    }

    /// `cmap(x)` for a float `x`: `x × N` truncated to an index, 1 itself in the last entry, NaN as `bad`,
    /// and values outside 0…1 as `under` and `over`.
    public func colour(at x: Double) -> PlotColour {
        let count = Double(table.count)
        var scaled = x * count
        if scaled == count { scaled = count - 1 }
        if scaled.isNaN { return bad }
        if scaled < 0 { return under }
        if scaled >= count { return over }
        return table[Int(scaled)]
    }

    /// `cmap(i)` for an integer `i`: the table entry itself, `under` below 0 and `over` from N on.
    public func colour(index: Int) -> PlotColour {
        if index < 0 { return under }
        if index >= table.count { return over }
        return table[index]
    }

    /// `np.linspace(0, 1, count)`: `i × (1 / (count − 1))`, and exactly 1 last.
    static func linspace(_ count: Int) -> [Double] {
        guard count > 1 else { return count == 1 ? [0] : [] }
        let step = 1.0 / Double(count - 1)
        var values = (0..<count).map { Double($0) * step + 0.0 }
        values[count - 1] = 1
        return values
    }
}
