/// One component of an index expression, as the wrapper reads Python's subscript: `X[1:, 0]` is
/// `[.slice(start: 1), .integer(0)]`, `X[mask]` is `[.array(mask)]`, `X[None]` is `[.newAxis]`.
public enum IndexComponent {
    /// An integer, negative counting from the end.
    case integer(Int)
    /// A slice `start:stop:step`; `nil` parts take Python's defaults.
    case slice(start: Int? = nil, stop: Int? = nil, step: Int? = nil)
    /// `None` / `np.newaxis`: a new axis of length 1.
    case newAxis
    /// `...`: as many full slices as the other components leave.
    case ellipsis
    /// An integer array (advanced indexing: picks elements, copies) or a boolean mask (selects where true). The
    /// wrapper turns a Python list used as an index into an array first, as numpy does.
    case array(NDArray)

    /// The full slice `:`.
    public static var all: IndexComponent { .slice() }
}

/// A slice resolved against an axis length, by CPython's `slice.indices` rules.
struct ResolvedSlice: Equatable {
    let start: Int
    let step: Int
    let count: Int

    /// `slice(start, stop, step).indices(length)` and the number of elements it selects; a zero step is numpy's
    /// `ValueError`.
    init(start: Int?, stop: Int?, step: Int?, length: Int) throws {
        let step = Swift.max(step ?? 1, -Int.max)
        guard step != 0 else { throw NumPyError.value("slice step cannot be zero") }
        func clamp(_ value: Int?, default fallback: Int) -> Int {
            guard var value else { return fallback }
            if value < 0 {
                value += length
                if value < 0 { value = step < 0 ? -1 : 0 }
            } else if value >= length {
                value = step < 0 ? length - 1 : length
            }
            return value
        }
        let first = clamp(start, default: step < 0 ? length - 1 : 0)
        let end = clamp(stop, default: step < 0 ? -1 : length)
        if step < 0 {
            count = end < first ? (first - end - 1) / (-step) + 1 : 0
        } else {
            count = first < end ? (end - first - 1) / step + 1 : 0
        }
        self.start = first
        self.step = step
    }
}
