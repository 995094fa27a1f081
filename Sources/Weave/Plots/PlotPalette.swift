import MicrogradScript

/// The plot's colours: the Okabe–Ito palette, chosen because its hues stay distinct for readers with the common
/// colour-vision deficiencies and read on both light and dark pages. The first two (blue, orange) are the pair
/// a two-class scatter such as the moons gets.
///
/// Every coloured element also carries a class (`plot-series-N`, `plot-class-N`), so a page can restyle it.
enum PlotPalette {
    /// Blue, orange, bluish green, vermillion, reddish purple, sky blue, yellow (last: weakest on white).
    static let colours = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442"]

    /// The colour of the `index`-th series or class, cycling through the palette.
    static func colour(_ index: Int) -> String {
        colours[Int(index.magnitude % UInt(colours.count))]
    }
}

/// Which colour each class label gets: the distinct labels of the plot (every scatter's `classes` and the decision
/// map's cells) in increasing order, so `-1` and `1` map to the first and second colour in points and regions alike.
struct PlotClassColours {
    /// The distinct class labels, increasing.
    let classes: [Int]

    /// The class labels found in `plot` (in scatters coloured by class, and in the decision map).
    init(_ plot: Plot) {
        var seen = Set<Int>()
        for series in plot.series {
            for label in series.drawnClasses ?? [] { seen.insert(label) }
        }
        for row in plot.boundary?.classes ?? [] {
            for label in row { seen.insert(label) }
        }
        classes = seen.sorted()
    }

    /// The colour of series `index` when it is not coloured by class: past the class colours, so a line drawn
    /// over the moons never takes the colour of one of them.
    func seriesColour(_ index: Int) -> String {
        PlotPalette.colour(classes.count + index)
    }

    /// The palette index of `label` (its rank among the plot's classes); 0 for a label the plot does not hold.
    func rank(of label: Int) -> Int {
        var low = 0
        var high = classes.count
        while low < high {
            let middle = (low + high) / 2
            if classes[middle] < label { low = middle + 1 } else { high = middle }
        }
        return low < classes.count ? low : 0
    }
}
