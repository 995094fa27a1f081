extension Plot {
    /// `text(x, y, s, fontsize=, color=, ha=, va=)`: words placed at a data position.
    public struct Text: Equatable, Sendable {
        /// The x position in data units.
        public var x: Double
        /// The y position in data units.
        public var y: Double
        /// The words.
        public var string: String
        /// The colour, if given (else the page's text colour).
        public var colour: PlotColour?
        /// The font size in points (matplotlib's 10 unless given).
        public var fontSize: Double
        /// `ha=`: `'left'` (matplotlib's default), `'center'` or `'right'`.
        public var horizontalAlignment: String
        /// `va=`: `'baseline'` (matplotlib's default), `'bottom'`, `'center'` or `'top'`.
        public var verticalAlignment: String

        /// Makes a text.
        public init(
            x: Double, y: Double, string: String, colour: PlotColour? = nil, fontSize: Double = 10,
            horizontalAlignment: String = "left", verticalAlignment: String = "baseline"
        ) {
            self.x = x
            self.y = y
            self.string = string
            self.colour = colour
            self.fontSize = fontSize
            self.horizontalAlignment = horizontalAlignment
            self.verticalAlignment = verticalAlignment
        }
    }
}
