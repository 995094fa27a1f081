extension Plot {
    /// matplotlib's `repr` of the figure, `<Figure size 640x480 with 1 Axes>`: what Jupyter stores as the
    /// `text/plain` of a figure it shows. The size is in pixels at matplotlib's default 100 dpi (Jupyter's inline
    /// backend keeps it since matplotlib-inline 0.1.4; older notebooks, at 72 dpi, say `432x288`).
    public var figureRepr: String {
        Self.figureRepr(size: size, axes: axes.count)
    }

    /// `<Figure size WxH with N Axes>` for a figure of `size` inches holding `axes` axes.
    public static func figureRepr(size: Size, axes: Int) -> String {
        "<Figure size \(pixels(size)) with \(axes) Axes>"
    }

    /// `640x480`: the size in pixels as matplotlib formats it, `{:g}x{:g}`.
    static func pixels(_ size: Size) -> String {
        [size.width, size.height].map { inches in
            (try? FormatSpec.format(.float(inches * 100), spec: "g")) ?? "\(inches * 100)"
        }.joined(separator: "x")
    }
}
