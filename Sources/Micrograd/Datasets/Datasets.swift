/// The small data sets the lessons train on, generated the same way in Swift and in the Python fixtures.
public enum Datasets {
    /// The lecture's four training examples: three inputs each and a target of ±1.
    ///
    /// ```swift
    /// Datasets.toy.xs[1]   // [3.0, -1.0, 0.5]
    /// Datasets.toy.ys      // [1.0, -1.0, -1.0, 1.0]
    /// ```
    public static let toy: (xs: [[Double]], ys: [Double]) = (
        xs: [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]],
        ys: [1.0, -1.0, -1.0, 1.0]
    )
}
