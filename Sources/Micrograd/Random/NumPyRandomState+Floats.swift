import Foundation

/// The continuous draws: `random_sample` (also `random` and `rand`), `standard_normal` (also `randn`), `uniform`
/// and `normal`, each with numpy's legacy formula.
extension NumPyRandomState {
    /// `random_sample()`: a double in [0, 1) from 53 random bits (two 32-bit words).
    public mutating func randomSample() -> Double {
        generator.nextDouble()
    }

    /// `random_sample(size=shape)`, `random(shape)` and `rand(*shape)`.
    public mutating func randomSample(shape: [Int]) throws(LibraryError) -> [Double] {
        let count = try NumPyShape.elementCount(shape)
        return (0..<count).map { _ in generator.nextDouble() }
    }

    /// `standard_normal()` and `randn()`: numpy's legacy polar method (Marsaglia), which makes two values from each
    /// accepted pair of uniforms; it returns `f·x2` and keeps `f·x1` for the next call. `seed` clears the cache.
    public mutating func standardNormal() -> Double {
        if let cached = cachedGauss {
            cachedGauss = nil
            return cached
        }
        var x1 = 0.0
        var x2 = 0.0
        var r2 = 0.0
        repeat {
            x1 = 2.0 * generator.nextDouble() - 1.0
            x2 = 2.0 * generator.nextDouble() - 1.0
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1.0 || r2 == 0.0
        let f = (-2.0 * Foundation.log(r2) / r2).squareRoot()
        cachedGauss = f * x1
        return f * x2
    }

    /// `standard_normal(size=shape)` and `randn(*shape)`: the values `standardNormal()` would give one by one.
    public mutating func standardNormal(shape: [Int]) throws(LibraryError) -> [Double] {
        let count = try NumPyShape.elementCount(shape)
        return (0..<count).map { _ in standardNormal() }
    }

    /// `uniform(low, high)`: `low + (high - low) * random_sample()`. `low > high` is allowed, as in numpy; a range
    /// that is not finite is `OverflowError: Range exceeds valid bounds`.
    public mutating func uniform(low: Double = 0.0, high: Double = 1.0) throws(LibraryError) -> Double {
        let range = try Self.uniformRange(low: low, high: high)
        return low + range * generator.nextDouble()
    }

    /// `uniform(low, high, size=shape)`.
    public mutating func uniform(low: Double = 0.0, high: Double = 1.0, shape: [Int]) throws(LibraryError) -> [Double] {
        let range = try Self.uniformRange(low: low, high: high)
        let count = try NumPyShape.elementCount(shape)
        return (0..<count).map { _ in low + range * generator.nextDouble() }
    }

    /// `normal(loc, scale)`: `loc + scale * standard_normal()` (legacy, sharing the Gauss cache). A negative
    /// `scale`, `-0.0` included (numpy tests the sign bit), is `ValueError: scale < 0`; NaN passes.
    public mutating func normal(loc: Double = 0.0, scale: Double = 1.0) throws(LibraryError) -> Double {
        try Self.checkScale(scale)
        return loc + scale * standardNormal()
    }

    /// `normal(loc, scale, size=shape)`.
    public mutating func normal(loc: Double = 0.0, scale: Double = 1.0, shape: [Int]) throws(LibraryError) -> [Double] {
        try Self.checkScale(scale)
        let count = try NumPyShape.elementCount(shape)
        return (0..<count).map { _ in loc + scale * standardNormal() }
    }

    /// `normal(loc=locs, scale, size=(rows, locs.count))`: numpy broadcasts a 1-D `loc` along the last axis, so
    /// element `(i, j)` is `locs[j] + scale * standard_normal()`, drawn in C order. `make_blobs` draws each cluster
    /// this way.
    public mutating func normal(locs: [Double], scale: Double, rows: Int) throws(LibraryError) -> [Double] {
        try Self.checkScale(scale)
        let count = try NumPyShape.elementCount([rows, locs.count])
        var values: [Double] = []
        values.reserveCapacity(count)
        for _ in 0..<(locs.isEmpty ? 0 : rows) {
            for loc in locs { values.append(loc + scale * standardNormal()) }
        }
        return values
    }

    /// `high - low`, or numpy's error when it is not finite.
    private static func uniformRange(low: Double, high: Double) throws(LibraryError) -> Double {
        let range = high - low
        guard range.isFinite else { throw .overflowError("Range exceeds valid bounds") }
        return range
    }

    /// numpy's `CONS_NON_NEGATIVE` check: the sign bit of a non-NaN value.
    static func checkScale(_ scale: Double) throws(LibraryError) {
        if !scale.isNaN, scale.sign == .minus { throw .valueError("scale < 0") }
    }
}
