import MicrogradScript
import Testing

/// Colormaps against matplotlib 3.9.2 (`Fixtures/Plots/colormaps.json`): every map and its `_r`, sampled at
/// x = i/255 (every entry of a 256-colour table) and beyond both ends, to the byte; the lookup tables' doubles.
@Suite("Plot colormaps against matplotlib")
struct PlotColormapTests {
    @Test("cmap(x, bytes=True) is matplotlib's, for every map and its reversal")
    func bytesEqualMatplotlib() throws {
        let fixture = try PlotFixtures.load("colormaps.json", as: PlotFixtures.Colormaps.self)
        let xs = fixture.xs
        #expect(fixture.maps.count == 94)
        for (name, expected) in fixture.maps.sorted(by: { $0.key < $1.key }) {
            let colormap = try #require(PlotColormap(name: name), "\(name)")
            #expect(colormap.count == expected.N, "\(name)")
            let lookup = colormap.lookup
            let bytes = (xs + [.nan]).map { x -> String in
                let colour = lookup.colour(at: x)
                return [colour.red, colour.green, colour.blue].map { channel in
                    let byte = Int(channel * 255)
                    return (byte < 16 ? "0" : "") + String(byte, radix: 16)
                }.joined()
            }.joined()
            #expect(bytes == expected.bytes, "\(name)")
            #expect(lookup.colour(at: .nan).alpha == expected.nanAlpha, "\(name)")
            if let hex = expected.hex {
                #expect(xs.map { String(lookup.colour(at: $0).hex.dropFirst()) }.joined() == hex, "\(name)")
            }
        }
    }

    @Test("lookup tables hold matplotlib's doubles, bit for bit")
    func lookupTablesAreExact() throws {
        let fixture = try PlotFixtures.load("colormaps.json", as: PlotFixtures.Colormaps.self)
        for (name, expected) in fixture.maps.sorted(by: { $0.key < $1.key }) {
            let table = try #require(PlotColormap(name: name)).lookup.table
            for (index, channels) in expected.lut.sorted(by: { $0.key < $1.key }) {
                let colour = table[try #require(Int(index))]
                #expect([colour.red, colour.green, colour.blue] == channels, "\(name)[\(index)]")
            }
        }
    }

    @Test("names: case matters, _r reverses, a resampled map has its own count")
    func names() throws {
        #expect(PlotColormap(name: "Jet") == nil)
        #expect(PlotColormap(name: "jet_r_r") == nil)
        let jet = try #require(PlotColormap(name: "jet"))
        #expect(jet.reversed.name == "jet_r")
        #expect(jet.reversed.reversed == jet)
        #expect(PlotColormap(name: "tab10")?.count == 10)
        #expect(PlotColormap(name: "jet", count: 8)?.lookup.table.count == 8)
        #expect(PlotColormap(name: "jet", count: 0) == nil)
        #expect(PlotColormap.names.prefix(4) == ["Accent", "Accent_r", "Blues", "Blues_r"])
        // matplotlib: cm.jet(0.5) is '#7dff7a'; an integer indexes the table directly.
        #expect(jet.lookup.colour(at: 0.5).hex == "#7dff7a")
        #expect(jet.lookup.colour(index: 0) == jet.lookup.table[0])
        #expect(jet.lookup.colour(index: 300) == jet.lookup.table[255])
    }
}
