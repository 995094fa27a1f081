extension ScikitLearnDatasets {
    /// `sklearn.datasets.make_blobs(n_samples=100, n_features=2, *, centers=None, cluster_std=1.0,
    /// center_box=(-10.0, 10.0), shuffle=True, random_state=None, return_centers=False)`: isotropic Gaussian
    /// clusters. The result always carries the centers; `return_centers` only decides whether the caller returns them.
    ///
    /// As scikit-learn 1.5.2 runs it: centers not given are drawn by `uniform(center_box[0], center_box[1],
    /// size=(n_centers, n_features))`; cluster `i` then draws `normal(loc=centers[i], scale=std[i],
    /// size=(n_i, n_features))` into rows `cum[i-1]:cum[i]` with label `i`; then the shuffle of `makeMoons`.
    ///
    /// Errors, in scikit-learn's order: `InvalidParameterError` for `n_samples < 1`, `n_features < 1`, a center
    /// count below 1, a scalar `cluster_std` outside [0, inf) and a bad seed; then the body's ValueErrors (centers
    /// not array-like or not one per count, `check_array`'s empty or non-finite centers, a `cluster_std` list of the
    /// wrong length), `IndexError` for a `center_box` of fewer than two values, numpy's `OverflowError` for an
    /// infinite box and `scale < 0` for a negative spread in a list.
    public static func makeBlobs(
        nSamples: BlobSampleCount = .total(100), nFeatures: Int = 2, centers: BlobCenters? = nil,
        clusterStd: ClusterSpread = .same(1.0), centerBox: [Double] = [-10.0, 10.0], shuffle: Bool = true,
        randomState: RandomStateArgument, state: inout NumPyRandomState
    ) throws(LibraryError) -> LabelledSamples {
        let function = "make_blobs"
        if case .total(let n) = nSamples { try requireAtLeast(n, 1, "n_samples", of: function) }
        try requireAtLeast(nFeatures, 1, "n_features", of: function)
        if case .count(let k) = centers { try requireAtLeast(k, 1, "centers", of: function) }
        if case .same(let std) = clusterStd { try requireHalfOpen(std, 0, .infinity, "cluster_std", of: function) }
        try validate(randomState, of: function)

        return try withGenerator(randomState, &state) { (generator) throws(LibraryError) in
            let chosen = try blobCenters(nSamples, nFeatures, centers, centerBox, &generator)
            let deviations: [Double]
            switch clusterStd {
            case .same(let std):
                deviations = Array(repeating: std, count: chosen.rowCount)
            case .perCenter(let stds):
                guard stds.count == chosen.rowCount else {
                    throw LibraryError(
                        .valueError,
                        "Length of `clusters_std` not consistent with number of centers. Got centers = "
                            + "\(pythonList(chosen)) and cluster_std = \(pythonList(stds))",
                        shownArray: chosen)
                }
                deviations = stds
            }
            var data = try drawClusters(counts(nSamples, centerCount: chosen.rowCount), chosen, deviations, &generator)
            if shuffle { data = shuffled(data, &generator) }
            return data
        }
    }

    /// The centers `make_blobs` uses, drawn or checked, in its order.
    private static func blobCenters(
        _ nSamples: BlobSampleCount, _ nFeatures: Int, _ centers: BlobCenters?, _ centerBox: [Double],
        _ generator: inout NumPyRandomState
    ) throws(LibraryError) -> RowMajorMatrix {
        func drawn(_ count: Int) throws(LibraryError) -> RowMajorMatrix {
            guard centerBox.count >= 2 else { throw .indexError("tuple index out of range") }
            let values = try generator.uniform(low: centerBox[0], high: centerBox[1], shape: [count, nFeatures])
            return RowMajorMatrix(rowCount: count, columnCount: nFeatures, elements: values)
        }
        switch (nSamples, centers) {
        case (.total, nil):
            return try drawn(3)
        case (.total, .count(let k)):
            return try drawn(k)
        case (.total, .coordinates(let given)):
            return try checkedArray(given)
        case (.perCenter(let counts), nil):
            return try checkedArray(try drawn(counts.count))
        case (.perCenter, .count(let k)):
            throw .valueError("Parameter `centers` must be array-like. Got \(k) instead")
        case (.perCenter(let counts), .coordinates(let given)):
            guard given.rowCount == counts.count else {
                throw LibraryError(
                    .valueError,
                    "Length of `n_samples` not consistent with number of centers. Got n_samples = "
                        + "\(pythonList(counts.map(Double.init), integral: true)) and centers = \(pythonList(given))",
                    shownArray: given)
            }
            return try checkedArray(given)
        }
    }

    /// `check_array(centers)`: finite values, then at least one sample and one feature, with sklearn's messages.
    private static func checkedArray(_ matrix: RowMajorMatrix) throws(LibraryError) -> RowMajorMatrix {
        if matrix.elements.contains(where: \.isNaN) { throw .valueError("Input contains NaN.") }
        if matrix.elements.contains(where: \.isInfinite) {
            throw .valueError("Input contains infinity or a value too large for dtype('float64').")
        }
        let shape = "(\(matrix.rowCount), \(matrix.columnCount))"
        if matrix.rowCount < 1 {
            throw .valueError(
                "Found array with \(matrix.rowCount) sample(s) (shape=\(shape)) while a minimum of 1 is required.")
        }
        if matrix.columnCount < 1 {
            throw .valueError(
                "Found array with \(matrix.columnCount) feature(s) (shape=\(shape)) while a minimum of 1 is required.")
        }
        return matrix
    }

    /// Samples per center: the given counts, or the total shared out with the remainder to the first centers.
    private static func counts(_ nSamples: BlobSampleCount, centerCount: Int) -> [Int] {
        switch nSamples {
        case .perCenter(let counts):
            return counts
        case .total(let n):
            guard centerCount > 0 else { return [] }
            return (0..<centerCount).map { n / centerCount + ($0 < n % centerCount ? 1 : 0) }
        }
    }

    /// Fills `X` cluster by cluster as make_blobs' loop does, with numpy's errors for negative counts (the draw
    /// happens before the slice assignment that rejects a mismatched block).
    private static func drawClusters(
        _ counts: [Int], _ centers: RowMajorMatrix, _ deviations: [Double], _ generator: inout NumPyRandomState
    ) throws(LibraryError) -> LabelledSamples {
        let total = counts.reduce(0, &+)
        let featureCount = centers.columnCount
        let elementCount = try NumPyShape.elementCount([total, featureCount])
        var points = [Double](repeating: 0, count: elementCount)
        var labels = [Int](repeating: 0, count: max(total, 0))
        var end = 0
        for (cluster, (count, std)) in zip(counts, deviations).enumerated() {
            let start = end
            end = start &+ count
            let block = try generator.normal(locs: centers.row(cluster), scale: std, rows: count)
            let rows = pythonSlice(start, end, length: total)
            guard rows.count == count else {
                throw .valueError(
                    "could not broadcast input array from shape (\(count),\(featureCount)) into shape "
                        + "(\(rows.count),\(featureCount))")
            }
            points.replaceSubrange((rows.lowerBound * featureCount)..<(rows.upperBound * featureCount), with: block)
            labels.replaceSubrange(rows, with: repeatElement(cluster, count: rows.count))
        }
        let matrix = RowMajorMatrix(rowCount: max(total, 0), columnCount: featureCount, elements: points)
        return LabelledSamples(samples: matrix, labels: labels, centers: centers)
    }

    /// The rows `X[start:end]` selects in an array of `length` rows, with Python's negative indices and clamping.
    private static func pythonSlice(_ start: Int, _ end: Int, length: Int) -> Range<Int> {
        func clamp(_ index: Int) -> Int { min(max(index < 0 ? index &+ length : index, 0), length) }
        let lower = clamp(start)
        return lower..<max(lower, clamp(end))
    }

    /// A Python-list spelling of numbers for the messages that print the caller's objects (`[1.0, 2.0]`, or
    /// `[3, 4]` for integral counts); the caller may re-render those messages from `LibraryError.shownArray`.
    private static func pythonList(_ values: [Double], integral: Bool = false) -> String {
        "[" + values.map { integral ? String(Int($0)) : PythonFloat.repr($0) }.joined(separator: ", ") + "]"
    }

    private static func pythonList(_ matrix: RowMajorMatrix) -> String {
        "[" + matrix.rows.map { pythonList($0) }.joined(separator: ", ") + "]"
    }
}
