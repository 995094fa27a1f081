extension Plot {
    /// A `plot` format string such as `'r-'`, `'o'`, `'--'` or `'C1.:'`, read as matplotlib's
    /// `_process_plot_format` reads it.
    ///
    /// ```swift
    /// try Plot.FormatString("r--")   // colour red, dashed, no marker
    /// try Plot.FormatString("o")     // markers only: no line
    /// ```
    public struct FormatString: Equatable, Sendable {
        /// The colour the string names, if any.
        public var colour: PlotColour?
        /// The line style: given, else solid, unless a marker alone was given (then none).
        public var lineStyle: LineStyle
        /// The marker, if any.
        public var marker: Marker?

        /// Reads `text`, or throws matplotlib's `ValueError` (`'rx-k' is not a valid format string (two color
        /// symbols)`).
        public init(_ text: String) throws {
            // A whole colour spelling ('red', '#ff0000', '0.5') is a colour, except a bare integer like '1',
            // which is the tri_down marker.
            if let colour = PlotColour(spelling: text), Int(text) == nil {
                self.colour = colour
                lineStyle = .solid
                return
            }
            func invalid(_ reason: String) -> PlotError {
                .value("'\(text)' is not a valid format string (\(reason))")
            }
            var colour: PlotColour?
            var style: LineStyle?
            var marker: Marker?
            let characters = Array(text)
            var index = 0
            while index < characters.count {
                let character = characters[index]
                let pair = index + 1 < characters.count ? String(characters[index...index + 1]) : ""
                if pair == "--" || pair == "-." {
                    guard style == nil else { throw invalid("two linestyle symbols") }
                    style = LineStyle(rawValue: pair)
                    index += 2
                } else if character == "-" || character == ":" {
                    guard style == nil else { throw invalid("two linestyle symbols") }
                    style = LineStyle(rawValue: String(character))
                    index += 1
                } else if let found = Marker(rawValue: String(character)) {
                    guard marker == nil else { throw invalid("two marker symbols") }
                    marker = found
                    index += 1
                } else if let base = PlotColour.baseColours[character] {
                    guard colour == nil else { throw invalid("two color symbols") }
                    colour = base
                    index += 1
                } else if character == "C" {
                    let digits = characters[(index + 1)...].prefix { $0.isASCII && $0.isNumber }
                    guard let number = Int(String(digits)) else { throw invalid("'C' must be followed by a number") }
                    colour = .cycle(number)
                    index += 1 + digits.count
                } else {
                    throw invalid("unrecognized character '\(character)'")
                }
            }
            self.colour = colour
            self.marker = marker
            lineStyle = style ?? (marker == nil ? .solid : LineStyle.none)
        }
    }
}
