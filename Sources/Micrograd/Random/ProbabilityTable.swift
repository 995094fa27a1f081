/// The weights `p` of `choice`, checked and turned into a cumulative table as numpy's legacy `choice` does.
struct ProbabilityTable {
    /// `sqrt(np.finfo(np.float64).eps)`: how far the Kahan sum of `p` may stray from 1.
    static let tolerance = Double.ulpOfOne.squareRoot()

    /// numpy's checks, in its order: size, NaN sum, negative entries, sum not 1 (within `tolerance`).
    static func validate(_ p: [Double], populationSize: Int) throws(LibraryError) {
        guard p.count == populationSize else { throw .valueError("'a' and 'p' must have same size") }
        let sum = kahanSum(p)
        if sum.isNaN { throw .valueError("probabilities contain NaN") }
        if p.contains(where: { $0 < 0 }) { throw .valueError("probabilities are not non-negative") }
        if abs(sum - 1.0) > tolerance { throw .valueError("probabilities do not sum to 1") }
    }

    /// numpy's `kahan_sum`: compensated summation that starts from the first element (0 for none).
    static func kahanSum(_ values: [Double]) -> Double {
        guard var sum = values.first else { return 0.0 }
        var compensation = 0.0
        for value in values.dropFirst() {
            let y = value - compensation
            let t = sum + y
            compensation = (t - sum) - y
            sum = t
        }
        return sum
    }

    /// `cdf = p.cumsum(); cdf /= cdf[-1]`: running sums left to right, each divided by the total.
    static func normalizedCumulativeSums(_ p: [Double]) -> [Double] {
        var running = 0.0
        var sums = p.map { value -> Double in
            running += value
            return running
        }
        if let total = sums.last {
            for index in sums.indices { sums[index] /= total }
        }
        return sums
    }

    /// `cdf.searchsorted(x, side='right')` on a nondecreasing table: the number of entries `≤ x`.
    static func searchSortedRight(_ cdf: [Double], _ x: Double) -> Int {
        var low = 0
        var high = cdf.count
        while low < high {
            let middle = low + (high - low) / 2
            if x < cdf[middle] { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
