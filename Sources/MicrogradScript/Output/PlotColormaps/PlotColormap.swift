/// A named matplotlib colormap (`'jet'`, `plt.cm.Spectral`, `'viridis_r'`), with matplotlib's exact colours.
///
/// ```swift
/// let jet = PlotColormap(name: "jet")!
/// jet.lookup.colour(at: 0.5).hex          // "#7dff7a", as matplotlib's to_hex(cm.jet(0.5))
/// PlotColormap(name: "jet", count: 8)     // plt.get_cmap('jet', 8)
/// ```
///
/// The value is the name and the number of colours; the table is built on demand from the data
/// `scripts/plot-colormaps.py` took from matplotlib.
public struct PlotColormap: Equatable, Sendable {
    /// matplotlib's default colormap, `image.cmap`.
    public static let defaultName = "viridis"

    /// The name as matplotlib spells it, `_r` included for a reversed map.
    public let name: String
    /// The number of colours in the table (`cmap.N`): 256, a listed map's own count, or a resampled count.
    public let count: Int

    /// The colormap registered as `name` (`'jet'`, `'jet_r'`; case matters, as in matplotlib), resampled to
    /// `count` colours if given; nil for an unknown name or a count below 1.
    public init?(name: String, count: Int? = nil) {
        guard let data = Self.data(named: name) else { return nil }
        let count = count ?? data.naturalCount
        guard count >= 1, count <= 65_536 else { return nil }
        self.name = name
        self.count = count
    }

    /// The default colormap, viridis.
    public static var standard: PlotColormap {
        PlotColormap(name: defaultName) ?? PlotColormap(unchecked: defaultName)
    }

    private init(unchecked name: String) {
        self.name = name
        count = 256
    }

    /// Whether the map is a `_r` reversal.
    public var isReversed: Bool { name.hasSuffix("_r") && PlotColormapData.all[name] == nil }

    /// The name without `_r`.
    public var baseName: String { isReversed ? String(name.dropLast(2)) : name }

    /// The lookup table, `cmap(x)` for any `x`.
    public var lookup: PlotColormapLookup {
        let data = PlotColormapData.all[baseName] ?? .listed([0, 0, 0])
        return PlotColormapLookup(table: data.lookupTable(count: count, reversed: isReversed))
    }

    /// The reversed map (`cmap.reversed()`): `jet` ↔ `jet_r`.
    public var reversed: PlotColormap {
        let other = isReversed ? baseName : name + "_r"
        return PlotColormap(name: other, count: count) ?? self
    }

    /// Every name matplotlib would accept here, sorted as matplotlib sorts them in its error message.
    public static var names: [String] {
        PlotColormapData.all.keys.flatMap { [$0, $0 + "_r"] }.sorted()
    }

    /// The data of a registered name, `_r` names included.
    private static func data(named name: String) -> PlotColormapData? {
        if let data = PlotColormapData.all[name] { return data }
        guard name.hasSuffix("_r") else { return nil }
        return PlotColormapData.all[String(name.dropLast(2))]
    }
}
