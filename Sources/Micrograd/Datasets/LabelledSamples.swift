/// What scikit-learn's sample generators return: the points `X`, their integer labels `y` (int64), and for
/// `make_blobs` the cluster centers it used (its `return_centers=True` value).
public struct LabelledSamples: Sendable, Equatable {
    /// `X`, of shape `(n_samples, n_features)`.
    public var samples: RowMajorMatrix
    /// `y`, of shape `(n_samples,)`.
    public var labels: [Int]
    /// `make_blobs`'s centers, of shape `(n_centers, n_features)`; `nil` for the other generators.
    public var centers: RowMajorMatrix?

    public init(samples: RowMajorMatrix, labels: [Int], centers: RowMajorMatrix? = nil) {
        self.samples = samples
        self.labels = labels
        self.centers = centers
    }

    /// Rows of `samples` and `labels` taken in `order`, as `sklearn.utils.shuffle` indexes both with one array.
    func reordered(by order: [Int]) -> LabelledSamples {
        let rows = NumPyRandomState.gather(rows: samples.elements, rowCount: samples.rowCount, order: order)
        let matrix = RowMajorMatrix(rowCount: order.count, columnCount: samples.columnCount, elements: rows)
        return LabelledSamples(samples: matrix, labels: order.map { labels[$0] }, centers: centers)
    }
}
