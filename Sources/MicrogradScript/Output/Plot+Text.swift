import Micrograd

extension Plot {
    /// The plain-text rendition for expected outputs: titles, then each series with its size, its ranges and
    /// its first and last points, so that a change in the data shows up as a diff without storing every point.
    ///
    /// ```
    /// plot: 1 series, grid
    ///   line: 40 points, x -5.0 … 4.75, y 2.0 … 100.0, first (-5.0, 100.0), last (4.75, 53.6875)
    /// ```
    public var plainText: String {
        var header = "plot: \(series.count) series"
        if boundary != nil { header += ", decision boundary" }
        if grid { header += ", grid" }
        var lines = [header]
        if let title { lines.append("  title: " + TextEscaping.singleLine(title)) }
        if let xLabel { lines.append("  x label: " + TextEscaping.singleLine(xLabel)) }
        if let yLabel { lines.append("  y label: " + TextEscaping.singleLine(yLabel)) }
        if let boundary {
            let flat = boundary.classes.flatMap { $0 }
            let counts = Self.classCounts(flat)
            lines.append("  boundary: \(boundary.xs.count)×\(boundary.ys.count) cells, classes \(counts)")
        }
        for series in series {
            var line = "  \(series.kind.rawValue)"
            if let label = series.label { line += " \"\(TextEscaping.singleLine(label))\"" }
            line += ": \(series.xs.count) points"
            if let xr = Self.range(series.xs), let yr = Self.range(series.ys) {
                line += ", x \(xr), y \(yr)"
            }
            if let classes = series.classes { line += ", classes \(Self.classCounts(classes))" }
            if let x = series.xs.first, let y = series.ys.first {
                line += ", first (\(PythonFloat.repr(x)), \(PythonFloat.repr(y)))"
            }
            if series.xs.count > 1, let x = series.xs.last, let y = series.ys.last {
                line += ", last (\(PythonFloat.repr(x)), \(PythonFloat.repr(y)))"
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    private static func range(_ values: [Double]) -> String? {
        guard let low = values.min(), let high = values.max() else { return nil }
        return "\(PythonFloat.repr(low)) … \(PythonFloat.repr(high))"
    }

    /// `{-1: 50, 1: 50}`, in increasing class order.
    private static func classCounts(_ classes: [Int]) -> String {
        var counts: [Int: Int] = [:]
        for c in classes { counts[c, default: 0] += 1 }
        let parts = counts.keys.sorted().map { "\($0): \(counts[$0] ?? 0)" }
        return "{" + parts.joined(separator: ", ") + "}"
    }
}
