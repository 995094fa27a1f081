import Micrograd

/// The rendition lines of one axes, without indentation: words, set limits and ticks, artists, legend and
/// colour bar, in that order.
struct PlotAxesText {
    /// The lines.
    let lines: [String]

    /// The lines of `axes`.
    init(_ axes: Plot.Axes) {
        var lines: [String] = []
        if let title = axes.title { lines.append("title: " + TextEscaping.singleLine(title)) }
        if let xLabel = axes.xLabel { lines.append("x label: " + TextEscaping.singleLine(xLabel)) }
        if let yLabel = axes.yLabel { lines.append("y label: " + TextEscaping.singleLine(yLabel)) }
        if let limits = axes.xLimits { lines.append("x limits: " + PlotTextNumbers.pair(limits.lower, limits.upper)) }
        if let limits = axes.yLimits { lines.append("y limits: " + PlotTextNumbers.pair(limits.lower, limits.upper)) }
        if let ticks = axes.xTicks { lines.append("x ticks: " + Self.ticks(ticks)) }
        if let ticks = axes.yTicks { lines.append("y ticks: " + Self.ticks(ticks)) }
        lines += axes.artists.map(PlotArtistText.line)
        if let legend = axes.legend {
            let labels = legend.labels ?? axes.artists.compactMap(\.legendLabel)
            let entries = labels.map { "\"" + TextEscaping.singleLine($0) + "\"" }
            lines.append("legend (\(legend.location.rawValue)): " + (entries.isEmpty ? "no entries" : entries.joined(separator: ", ")))
        }
        if let colorbar = axes.colorbar {
            var line = "colorbar: "
            if colorbar.artistIndex < axes.artists.count {
                line += PlotArtistText.kind(axes.artists[colorbar.artistIndex])
            }
            if let label = colorbar.label { line += ", label \"" + TextEscaping.singleLine(label) + "\"" }
            lines.append(line)
        }
        self.lines = lines
    }

    /// `[0.0, 1.0], labels ['a', 'b']`.
    private static func ticks(_ ticks: Plot.Ticks) -> String {
        var text = PlotTextNumbers.list(ticks.positions)
        if let labels = ticks.labels {
            text += ", labels [" + labels.map { "'" + TextEscaping.singleLine($0) + "'" }.joined(separator: ", ") + "]"
        }
        return text
    }
}

/// Numbers in the rendition, spelled as Python prints floats.
enum PlotTextNumbers {
    /// `-5.0 … 4.75` for the finite values, or nil if there are none.
    static func range(_ values: [Double]) -> String? {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return nil }
        return PythonFloat.repr(low) + " … " + PythonFloat.repr(high)
    }

    /// `(1.0, 2.0)`.
    static func pair(_ a: Double, _ b: Double) -> String {
        "(" + PythonFloat.repr(a) + ", " + PythonFloat.repr(b) + ")"
    }

    /// `[0.0, 0.5, 1.0]`, or `N values lo … hi` beyond `limit` values.
    static func list(_ values: [Double], limit: Int = 20) -> String {
        guard values.count <= limit else { return "\(values.count) values " + (range(values) ?? "nan") }
        return "[" + values.map(PythonFloat.repr).joined(separator: ", ") + "]"
    }

    /// `{-1: 50, 1: 50}` when every value is a whole number and there are at most `limit` distinct ones, in
    /// increasing order; nil otherwise.
    static func counts(_ values: [Double], limit: Int = 12) -> String? {
        var counts: [Int: Int] = [:]
        for value in values {
            guard value.isFinite, value == value.rounded(), value.magnitude < 1e15 else { return nil }
            counts[Int(value), default: 0] += 1
            if counts.count > limit { return nil }
        }
        guard !counts.isEmpty else { return nil }
        return "{" + counts.keys.sorted().map { "\($0): \(counts[$0] ?? 0)" }.joined(separator: ", ") + "}"
    }
}
