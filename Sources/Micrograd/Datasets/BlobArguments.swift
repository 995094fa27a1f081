extension ScikitLearnDatasets {
    /// `n_samples` of `make_blobs`: a total shared out among the centers, or one count per center.
    public enum BlobSampleCount: Sendable, Equatable {
        /// An int: `n // n_centers` each, the first `n % n_centers` centers one more.
        case total(Int)
        /// An array-like: the count of each center; its length is the number of centers.
        case perCenter([Int])
    }

    /// `centers` of `make_blobs` other than `None` (which is `nil`: 3 centers for a total, one per count otherwise).
    public enum BlobCenters: Sendable, Equatable {
        /// An int: that many centers drawn uniformly in `center_box`.
        case count(Int)
        /// An array-like of shape `(n_centers, n_features)`: the centers themselves (they set `n_features`).
        case coordinates(RowMajorMatrix)
    }

    /// `cluster_std` of `make_blobs`.
    public enum ClusterSpread: Sendable, Equatable {
        /// A float: every cluster's standard deviation.
        case same(Double)
        /// An array-like: one standard deviation per center.
        case perCenter([Double])
    }
}
