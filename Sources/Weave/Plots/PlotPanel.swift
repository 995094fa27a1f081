import MicrogradScript

/// A point in SVG pixels (y grows downwards).
struct PlotPixel: Equatable {
    /// Pixels from the left edge.
    var x: Double
    /// Pixels from the top edge.
    var y: Double
}

/// A rectangle in SVG pixels.
struct PlotRectangle: Equatable {
    /// The left edge.
    var left: Double
    /// The top edge.
    var top: Double
    /// The right edge.
    var right: Double
    /// The bottom edge.
    var bottom: Double

    /// The width.
    var width: Double { right - left }
    /// The height.
    var height: Double { bottom - top }
    /// The middle, across.
    var centreX: Double { (left + right) / 2 }
    /// The middle, down.
    var centreY: Double { (top + bottom) / 2 }

    /// Whether `point` lies inside (edges included).
    func contains(_ point: PlotPixel) -> Bool {
        point.x >= left && point.x <= right && point.y >= top && point.y <= bottom
    }

    /// Whether the two rectangles overlap.
    func overlaps(_ other: PlotRectangle) -> Bool {
        left < other.right && other.left < right && top < other.bottom && other.top < bottom
    }
}

/// One axes placed in the figure: its plot area, the limits it shows, its ticks, and the mapping from data to
/// pixels. Limits may run backwards (`xlim(5, 0)`), which flips the axis.
struct PlotPanel {
    /// The axes drawn here.
    let axes: Plot.Axes
    /// The plot area: the frame of the axes.
    let area: PlotRectangle
    /// The whole cell of the grid the axes owns, margins included.
    let cell: PlotRectangle
    /// The x limits shown.
    let xView: Plot.Limits
    /// The y limits shown.
    let yView: Plot.Limits
    /// The x ticks.
    let xTicks: PlotAxisTicks
    /// The y ticks.
    let yTicks: PlotAxisTicks
    /// The colour bar beside the area, if the axes has one.
    let colorbar: PlotColorbarLayout?
    /// The font sizes the margins were made for.
    let fonts: PlotFonts

    /// The pixel column of an x value.
    func pixelX(_ value: Double) -> Double {
        area.left + (value - xView.lower) / (xView.upper - xView.lower) * area.width
    }

    /// The pixel row of a y value.
    func pixelY(_ value: Double) -> Double {
        area.bottom - (value - yView.lower) / (yView.upper - yView.lower) * area.height
    }

    /// The pixel of a data point, or nil if either coordinate cannot be drawn (NaN, ±∞, absurdly large). Points
    /// far outside the view are pulled in to ±10⁷ pixels, where they are clipped anyway, so integer arithmetic on
    /// pixels stays in range.
    func pixel(_ x: Double, _ y: Double) -> PlotPixel? {
        guard PlotExtent.isPlottable(x), PlotExtent.isPlottable(y) else { return nil }
        let pixel = PlotPixel(x: pixelX(x), y: pixelY(y))
        guard pixel.x.isFinite, pixel.y.isFinite else { return nil }
        let far = 1e7
        return PlotPixel(x: min(max(pixel.x, -far), far), y: min(max(pixel.y, -far), far))
    }
}

/// The font sizes of a figure, in SVG pixels: 11 for ticks, 12 for labels, 14 for titles in a figure up to 640
/// pixels wide, and up to a quarter larger in wider ones, which the page shrinks to its column: about matplotlib's
/// 10-point tick labels at its 100 dots per inch, so its tick spacing leaves them room.
struct PlotFonts {
    /// Tick labels.
    let tick: Double
    /// Axis labels.
    let label: Double
    /// Titles.
    let title: Double
    /// The factor by which the fonts, and the room kept for them, exceed the sizes of a 640-pixel figure.
    let scale: Double
    /// The tick size the left margin makes room for: the page's stylesheet sets tick labels this large on a
    /// phone, where a single plot shrinks to about half its width.
    let reservedTick: Double

    /// The fonts of a figure `width` pixels wide with one axes, or with several (whose ticks the stylesheet
    /// leaves alone).
    init(panels: Int, width: Double) {
        scale = min(max(width / 640, 1), 1.25)
        tick = 11 * scale
        label = 12 * scale
        title = 14 * scale
        reservedTick = panels == 1 ? max(21, tick) : tick
    }

    /// A rough width of `text` in the plots' sans-serif font: enough to reserve margins, not to typeset.
    static func width(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.6
    }
}
