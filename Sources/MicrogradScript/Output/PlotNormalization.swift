extension Plot {
    /// matplotlib's `Normalize(vmin, vmax)`: the linear map of `vmin…vmax` onto `0…1` that puts values into a
    /// colormap. Autoscaled, it spans the finite values it is given.
    public struct Normalization: Equatable, Sendable {
        /// The value that maps to 0.
        public var lower: Double
        /// The value that maps to 1.
        public var upper: Double

        /// Makes a normalization.
        public init(lower: Double, upper: Double) {
            self.lower = lower
            self.upper = upper
        }

        /// The normalization spanning the finite `values` (0…0 if there are none), with `lower` and `upper`
        /// replacing either end when given, as `vmin=` and `vmax=` do.
        public init(spanning values: [Double], lower: Double? = nil, upper: Double? = nil) {
            let finite = values.filter(\.isFinite)
            self.lower = lower ?? finite.min() ?? 0
            self.upper = upper ?? finite.max() ?? 0
        }

        /// `(x - vmin) / (vmax - vmin)`, computed as matplotlib computes it; 0 when the two ends are equal.
        public func normalized(_ x: Double) -> Double {
            if lower == upper { return x.isNaN ? x : 0 }
            return (x - lower) / (upper - lower)
        }
    }
}
