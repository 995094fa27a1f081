import Foundation

/// The reference values `Fixtures/Plots/make_plot_fixtures.py` computed with matplotlib 3.9.2 and numpy 1.26.4.
///
/// They are read with `JSONDecoder`, which reads every double exactly; `JSONSerialization` on Linux can be a
/// last bit off, which would hide or fake a bit-for-bit difference.
enum PlotFixtures {
    /// Fixture file `name` (`colormaps.json`, …) decoded as `T`.
    static func load<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Plots/" + name)
        return try JSONDecoder().decode(T.self, from: try Data(contentsOf: url))
    }

    /// `colormaps.json`.
    struct Colormaps: Decodable {
        struct Map: Decodable {
            /// `cmap(x, bytes=True)` RGB at every x, then at nan, as hex.
            let bytes: String
            let nanAlpha: Double
            let N: Int
            /// `to_hex(cmap(x))` at every x, without the `#`s (for the maps lessons need).
            let hex: String?
            /// Lookup-table entries by index: red, green, blue.
            let lut: [String: [Double]]
        }

        let xs: [Double]
        let maps: [String: Map]
    }

    /// `levels.json`.
    struct Levels: Decodable {
        struct Case: Decodable {
            let zmin: Double
            let zmax: Double
            let count: Int?
            let filled: [Double]
            let lines: [Double]
        }

        struct Boolean: Decodable {
            let filled: [Double]
            let lines: [Double]
        }

        let cases: [Case]
        let boolean: Boolean
    }

    /// `histograms.json`.
    struct Histograms: Decodable {
        struct Case: Decodable {
            let values: [Double]
            let bins: Int?
            let range: [Double]?
            let edgesGiven: [Double]?
            let edges: [Double]
            let counts: [Double]
        }

        let cases: [Case]
    }
}
