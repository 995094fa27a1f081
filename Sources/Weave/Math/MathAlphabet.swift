/// The math alphabets of `\mathbf`, `\mathbb`, `\mathcal` and friends, written as Unicode's Mathematical
/// Alphanumeric Symbols: MathML Core renders those in any browser, where `mathvariant="bold"` is ignored.
enum MathAlphabet: Equatable {
    case roman, bold, italic, boldItalic, script, doubleStruck, fraktur, sansSerif, monospace

    /// The alphabet a font command selects, if it is one.
    init?(command: String) {
        switch command {
        case "mathrm", "mathup", "textrm": self = .roman
        case "mathbf", "textbf": self = .bold
        case "mathit", "textit": self = .italic
        case "boldsymbol", "bm": self = .boldItalic
        case "mathcal", "mathscr": self = .script
        case "mathbb": self = .doubleStruck
        case "mathfrak": self = .fraktur
        case "mathsf", "textsf": self = .sansSerif
        case "mathtt", "texttt": self = .monospace
        default: return nil
        }
    }

    /// Whether a single letter in this alphabet needs `mathvariant="normal"` to stay upright.
    var needsUprightVariant: Bool { self == .roman }

    /// `text` with each ASCII letter and digit replaced by its counterpart in this alphabet.
    func map(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(map(scalar))
        }
        return String(out)
    }

    private func map(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        let (upper, lower, digit) = starts
        var mapped: UInt32? = nil
        if let exception = exceptions[scalar] {
            mapped = exception
        } else if (0x41...0x5A).contains(value), let upper {
            mapped = upper + value - 0x41
        } else if (0x61...0x7A).contains(value), let lower {
            mapped = lower + value - 0x61
        } else if (0x30...0x39).contains(value), let digit {
            mapped = digit + value - 0x30
        }
        return mapped.flatMap(Unicode.Scalar.init) ?? scalar
    }

    /// The first code point of the capitals, small letters and digits (nil: left as they are).
    private var starts: (UInt32?, UInt32?, UInt32?) {
        switch self {
        case .roman: (nil, nil, nil)
        case .bold: (0x1D400, 0x1D41A, 0x1D7CE)
        case .italic: (0x1D434, 0x1D44E, nil)
        case .boldItalic: (0x1D468, 0x1D482, 0x1D7CE)
        case .script: (0x1D49C, 0x1D4B6, nil)
        case .doubleStruck: (0x1D538, 0x1D552, 0x1D7D8)
        case .fraktur: (0x1D504, 0x1D51E, nil)
        case .sansSerif: (0x1D5A0, 0x1D5BA, 0x1D7E2)
        case .monospace: (0x1D670, 0x1D68A, 0x1D7F6)
        }
    }

    /// Letters Unicode had already encoded elsewhere (the holes in the Mathematical Alphanumeric block).
    private var exceptions: [Unicode.Scalar: UInt32] {
        switch self {
        case .italic: ["h": 0x210E]
        case .script:
            ["B": 0x212C, "E": 0x2130, "F": 0x2131, "H": 0x210B, "I": 0x2110, "L": 0x2112, "M": 0x2133,
             "R": 0x211B, "e": 0x212F, "g": 0x210A, "o": 0x2134]
        case .doubleStruck:
            ["C": 0x2102, "H": 0x210D, "N": 0x2115, "P": 0x2119, "Q": 0x211A, "R": 0x211D, "Z": 0x2124]
        case .fraktur: ["C": 0x212D, "H": 0x210C, "I": 0x2111, "R": 0x211C, "Z": 0x2128]
        default: [:]
        }
    }
}
