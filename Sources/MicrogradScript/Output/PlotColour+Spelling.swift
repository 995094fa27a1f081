import Foundation

extension PlotColour {
    /// matplotlib's one-letter colours.
    static let baseColours: [Character: PlotColour] = [
        "b": PlotColour(red: 0, green: 0, blue: 1),
        "g": PlotColour(red: 0, green: 0.5, blue: 0),
        "r": PlotColour(red: 1, green: 0, blue: 0),
        "c": PlotColour(red: 0, green: 0.75, blue: 0.75),
        "m": PlotColour(red: 0.75, green: 0, blue: 0.75),
        "y": PlotColour(red: 0.75, green: 0.75, blue: 0),
        "k": PlotColour(red: 0, green: 0, blue: 0),
        "w": PlotColour(red: 1, green: 1, blue: 1),
    ]

    /// The colour a string names, as matplotlib's `to_rgba` reads it, or nil:
    /// - a letter of `bgrcmykw`, or `C0` … `C9` (the property cycle);
    /// - a CSS4 name or a `tab:` name, in any case (`'red'`, `'DarkBlue'`, `'tab:orange'`);
    /// - `#rrggbb`, `#rrggbbaa`, `#rgb` or `#rgba`;
    /// - a grey level between 0 and 1 as a string (`'0.75'`);
    /// - `'none'`: fully transparent.
    public init?(spelling: String) {
        let lowered = spelling.lowercased()
        if lowered == "none" {
            self.init(red: 0, green: 0, blue: 0, alpha: 0)
            return
        }
        if spelling.count == 1, let letter = spelling.first, let base = Self.baseColours[letter] {
            self = base
            return
        }
        if spelling.hasPrefix("C"), spelling.count > 1, let index = Int(spelling.dropFirst()), index >= 0 {
            self = .cycle(index)
            return
        }
        if let named = Self.namedColours[lowered] {
            self.init(hex: named)
            return
        }
        if spelling.hasPrefix("#") {
            self.init(hex: spelling)
            return
        }
        if let grey = Double(spelling.trimmingCharacters(in: .whitespaces)) {
            guard grey >= 0, grey <= 1 else { return nil }
            self.init(red: grey, green: grey, blue: grey)
            return
        }
        return nil
    }

    /// The colour of an `(r, g, b)` or `(r, g, b, a)` tuple of numbers from 0 to 1, or nil.
    public init?(channels: [Double]) {
        guard channels.count == 3 || channels.count == 4, channels.allSatisfy({ $0 >= 0 && $0 <= 1 }) else {
            return nil
        }
        self.init(red: channels[0], green: channels[1], blue: channels[2],
                  alpha: channels.count == 4 ? channels[3] : 1)
    }
}
