import Foundation

/// A colour as matplotlib holds one: red, green, blue and alpha, each from 0 to 1, in double precision.
///
/// ```swift
/// PlotColour.cycle(1).hex            // "#ff7f0e", matplotlib's "C1"
/// PlotColour(spelling: "r")?.hex     // "#ff0000"
/// ```
public struct PlotColour: Equatable, Sendable {
    /// Red, 0…1.
    public var red: Double
    /// Green, 0…1.
    public var green: Double
    /// Blue, 0…1.
    public var blue: Double
    /// Opacity, 0…1.
    public var alpha: Double

    /// Makes a colour from its channels.
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// matplotlib's default property cycle, `tab10`: the colours `C0` … `C9`.
    public static let cycleSpellings = [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ]

    /// `C<index mod 10>`: the colour matplotlib gives the index-th artist that names none.
    public static func cycle(_ index: Int) -> PlotColour {
        let spelling = cycleSpellings[Int(index.magnitude % UInt(cycleSpellings.count))]
        return PlotColour(hex: spelling) ?? PlotColour(red: 0, green: 0, blue: 0)
    }

    /// The colour of `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa` (case-insensitive), or nil.
    public init?(hex: String) {
        guard hex.hasPrefix("#") else { return nil }
        var digits = Array(hex.dropFirst())
        if digits.count == 3 || digits.count == 4 { digits = digits.flatMap { [$0, $0] } }
        guard digits.count == 6 || digits.count == 8 else { return nil }
        var channels: [Double] = []
        var index = 0
        while index < digits.count {
            guard let byte = UInt8(String(digits[index...index + 1]), radix: 16) else { return nil }
            channels.append(Double(byte) / 255)
            index += 2
        }
        self.init(red: channels[0], green: channels[1], blue: channels[2], alpha: channels.count > 3 ? channels[3] : 1)
    }

    /// `#rrggbb`, each channel rounded as matplotlib's `to_hex` rounds it (half to even, of the channel × 255).
    public var hex: String {
        "#" + [red, green, blue].map { channel in
            let byte = channel.isFinite ? Int((min(max(channel, 0), 1) * 255).rounded(.toNearestOrEven)) : 0
            return (byte < 16 ? "0" : "") + String(byte, radix: 16)
        }.joined()
    }

    /// The colour with its alpha replaced, as an artist's `alpha=` replaces the alpha of its colours.
    public func with(alpha: Double?) -> PlotColour {
        guard let alpha else { return self }
        var colour = self
        colour.alpha = min(max(alpha, 0), 1)
        return colour
    }
}
