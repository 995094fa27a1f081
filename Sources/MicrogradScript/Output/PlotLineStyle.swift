extension Plot {
    /// How a line is stroked, spelled as in matplotlib (`'-'`, `'--'`, `'-.'`, `':'`, or none).
    public enum LineStyle: String, Equatable, Sendable, CaseIterable {
        /// `'-'`, `'solid'`.
        case solid = "-"
        /// `'--'`, `'dashed'`.
        case dashed = "--"
        /// `'-.'`, `'dashdot'`.
        case dashDot = "-."
        /// `':'`, `'dotted'`.
        case dotted = ":"
        /// `'None'`, `'none'`, `''` or `' '`: no line, only markers.
        case none = "None"

        /// The style a matplotlib spelling names (a symbol or a word), or nil.
        public init?(spelling: String) {
            switch spelling {
            case "-", "solid": self = .solid
            case "--", "dashed": self = .dashed
            case "-.", "dashdot": self = .dashDot
            case ":", "dotted": self = .dotted
            case "None", "none", "", " ": self = .none
            default: return nil
            }
        }

        /// The dash pattern in multiples of the line width, as matplotlib's `lines.*_pattern` scaled by the
        /// width (`lines.scale_dashes`); empty for a solid line.
        public var dashPattern: [Double] {
            switch self {
            case .solid, .none: []
            case .dashed: [3.7, 1.6]
            case .dashDot: [6.4, 1.6, 1, 1.6]
            case .dotted: [1, 1.65]
            }
        }
    }

    /// A marker shape, spelled as in matplotlib.
    public enum Marker: String, Equatable, Sendable, CaseIterable {
        case point = "."
        case pixel = ","
        case circle = "o"
        case triangleDown = "v"
        case triangleUp = "^"
        case triangleLeft = "<"
        case triangleRight = ">"
        case octagon = "8"
        case square = "s"
        case pentagon = "p"
        case plusFilled = "P"
        case star = "*"
        case hexagon = "h"
        case hexagonRotated = "H"
        case plus = "+"
        case cross = "x"
        case crossFilled = "X"
        case diamond = "D"
        case thinDiamond = "d"
        case verticalLine = "|"
        case horizontalLine = "_"

        /// Whether the marker is only strokes (`+`, `x`, `|`, `_`): drawn in its edge colour, never filled.
        public var isStrokeOnly: Bool {
            switch self {
            case .plus, .cross, .verticalLine, .horizontalLine: true
            default: false
            }
        }
    }
}
