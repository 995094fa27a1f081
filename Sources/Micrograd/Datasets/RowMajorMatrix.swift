/// A 2-D float64 array in C order, the shape scikit-learn's generators return `X` (and `make_blobs` its centers) in,
/// ready to wrap as an ndarray of shape `(rowCount, columnCount)`.
///
/// ```swift
/// let matrix = RowMajorMatrix(rows: [[1, 2], [3, 4]])
/// matrix.elements      // [1, 2, 3, 4]
/// matrix.row(1)        // [3, 4]
/// ```
public struct RowMajorMatrix: Sendable, Equatable {
    public let rowCount: Int
    public let columnCount: Int
    /// `rowCount × columnCount` values, row after row.
    public var elements: [Double]

    /// A matrix over `elements`, which must hold `rowCount × columnCount` values (extra ones are dropped, missing
    /// ones read as 0) so that an ill-formed call cannot index out of range.
    public init(rowCount: Int, columnCount: Int, elements: [Double]) {
        self.rowCount = max(rowCount, 0)
        self.columnCount = max(columnCount, 0)
        let count = self.rowCount * self.columnCount
        self.elements = Array(elements.prefix(count)) + Array(repeating: 0, count: max(count - elements.count, 0))
    }

    /// A matrix from equal-length rows (the first row's length counts; shorter rows are padded with 0).
    public init(rows: [[Double]]) {
        let columnCount = rows.first?.count ?? 0
        let elements = rows.flatMap { row in
            Array(row.prefix(columnCount)) + Array(repeating: 0.0, count: max(columnCount - row.count, 0))
        }
        self.init(rowCount: rows.count, columnCount: columnCount, elements: elements)
    }

    /// Row `index` (0-based), or an empty array outside the matrix.
    public func row(_ index: Int) -> [Double] {
        guard index >= 0, index < rowCount else { return [] }
        return Array(elements[(index * columnCount)..<((index + 1) * columnCount)])
    }

    /// All rows, as nested arrays.
    public var rows: [[Double]] { (0..<rowCount).map(row) }
}
