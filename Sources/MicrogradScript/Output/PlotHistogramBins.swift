import Micrograd

/// numpy's `histogram`: the bin edges and the counts, computed as numpy 1.26 computes them, so that every edge is
/// the same double and every value lands in the same bin.
///
/// ```swift
/// PlotHistogramBins.equalWidth(values: [1, 2, 2, 3, 4.5], bins: 3, range: nil)
/// // edges [1.0, 2.1666666666666665, 3.333333333333333, 4.5], counts [3.0, 1.0, 1.0]
/// ```
public enum PlotHistogramBins {
    /// `bins` equal bins from the smallest to the largest value (or over `range`); the last bin includes its
    /// right edge. Values outside the range are not counted. Empty input spans 0…1, as numpy's does.
    public static func equalWidth(values: [Double], bins: Int, range: (Double, Double)?) throws -> Plot.Histogram {
        guard bins >= 1 else { throw PlotError.value("`bins` must be positive, when an integer") }
        var first: Double
        var last: Double
        if let range {
            (first, last) = range
            guard first <= last else { throw PlotError.value("max must be larger than min in range parameter.") }
            guard first.isFinite, last.isFinite else {
                throw PlotError.value(
                    "supplied range of [\(PythonFloat.repr(first)), \(PythonFloat.repr(last))] is not finite")
            }
        } else if values.isEmpty {
            (first, last) = (0, 1)
        } else {
            let low = values.contains(where: \.isNaN) ? Double.nan : values.min() ?? 0
            let high = values.contains(where: \.isNaN) ? Double.nan : values.max() ?? 1
            guard low.isFinite, high.isFinite else {
                throw PlotError.value(
                    "autodetected range of [\(PythonFloat.repr(low)), \(PythonFloat.repr(high))] is not finite")
            }
            (first, last) = (low, high)
        }
        if first == last {
            first -= 0.5
            last += 0.5
        }
        let edges = linspace(first, last, count: bins + 1)
        var counts = Array(repeating: 0.0, count: bins)
        let denominator = last - first
        for value in values where value >= first && value <= last {
            // Spans beyond doubles (values near ±1e308) give no position; numpy's answer is no better there.
            let position = (value - first) / denominator * Double(bins)
            var index = position.isFinite ? Int(min(max(position, 0), Double(bins))) : 0
            if index == bins { index -= 1 }
            if index > 0, value < edges[index] { index -= 1 }
            if index < bins - 1, value >= edges[index + 1] { index += 1 }
            counts[index] += 1
        }
        return Plot.Histogram(valueCount: values.count, edges: edges, counts: counts)
    }

    /// Counts over explicit, increasing `edges`: `edges[i] ≤ v < edges[i+1]`, the last bin closed.
    public static func explicit(values: [Double], edges: [Double]) throws -> Plot.Histogram {
        guard edges.count >= 2 else { throw PlotError.value("`bins` must have at least 2 edges") }
        guard zip(edges, edges.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            throw PlotError.value("`bins` must increase monotonically, when an array")
        }
        var counts = Array(repeating: 0.0, count: edges.count - 1)
        for value in values {
            guard let last = edges.last, value >= edges[0], value <= last else { continue }
            // The last edge that is ≤ value, but never the final edge: the last bin is closed.
            var low = 0
            var high = edges.count - 1
            while high - low > 1 {
                let middle = (low + high) / 2
                if edges[middle] <= value { low = middle } else { high = middle }
            }
            counts[low] += 1
        }
        return Plot.Histogram(valueCount: values.count, edges: edges, counts: counts)
    }

    /// `density=True`: each count divided by the total and by its bin's width, so the bars' area is 1.
    public static func density(_ histogram: Plot.Histogram) -> Plot.Histogram {
        let total = histogram.counts.reduce(0, +)
        var scaled = histogram
        scaled.counts = histogram.counts.indices.map { index in
            let width = histogram.edges[index + 1] - histogram.edges[index]
            return histogram.counts[index] / width / total
        }
        scaled.density = true
        return scaled
    }

    /// `np.linspace(start, stop, count)`: `i × step + start`, and exactly `stop` last.
    static func linspace(_ start: Double, _ stop: Double, count: Int) -> [Double] {
        guard count > 1 else { return count == 1 ? [start] : [] }
        let step = (stop - start) / Double(count - 1)
        var values: [Double]
        if step == 0 {
            values = (0..<count).map { Double($0) / Double(count - 1) * (stop - start) + start }
        } else {
            values = (0..<count).map { Double($0) * step + start }
        }
        values[count - 1] = stop
        return values
    }
}
