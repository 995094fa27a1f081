import MicrogradScript

extension Plot {
    /// The title, unless missing or blank: a blank title takes no room.
    var shownTitle: String? { Self.shown(title) }
    /// The x-axis label, unless missing or blank.
    var shownXLabel: String? { Self.shown(xLabel) }
    /// The y-axis label, unless missing or blank.
    var shownYLabel: String? { Self.shown(yLabel) }

    private static func shown(_ text: String?) -> String? {
        guard let text, text.contains(where: { !$0.isWhitespace }) else { return nil }
        return text
    }
}

extension Plot.Series {
    /// The number of points: pairs of `xs` and `ys` (the longer list's extra values are ignored).
    var pointCount: Int { min(xs.count, ys.count) }

    /// The class of each point, if `classes` covers every point; otherwise the scatter is drawn in one colour.
    var drawnClasses: [Int]? {
        guard let classes, classes.count >= pointCount else { return nil }
        return Array(classes.prefix(pointCount))
    }
}
