extension Plot {
    /// Every artist of every axes, in axes order then drawing order. The interpreter shows a figure only when
    /// this is not empty (see `isEmpty`).
    public var series: [Artist] {
        axes.flatMap(\.artists)
    }

    /// The first filled contour of the figure, if any: what the moons lesson's decision-boundary helper draws.
    public var boundary: Contour? {
        for artist in series {
            if case .contour(let contour) = artist, contour.filled { return contour }
        }
        return nil
    }
}
