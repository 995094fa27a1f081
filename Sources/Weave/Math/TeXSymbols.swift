/// The TeX commands and characters that stand for one symbol, by what kind of MathML they become.
enum TeXSymbols {
    /// Commands for ordinary symbols, written as `<mi>` (`upright` keeps a single character from being italic).
    static let identifiers: [String: (text: String, upright: Bool)] = [
        "infty": ("\u{221E}", false), "partial": ("\u{2202}", false), "nabla": ("\u{2207}", true),
        "ell": ("\u{2113}", false), "hbar": ("\u{210F}", false), "emptyset": ("\u{2205}", false),
        "varnothing": ("\u{2205}", false), "aleph": ("\u{2135}", false), "Re": ("\u{211C}", false),
        "Im": ("\u{2111}", false), "imath": ("\u{131}", false), "jmath": ("\u{237}", false),
        "top": ("\u{22A4}", false), "bot": ("\u{22A5}", false), "angle": ("\u{2220}", false),
        "triangle": ("\u{25B3}", false), "#": ("#", false), "$": ("$", false), "%": ("%", false),
        "&": ("&", false), "_": ("_", false), "backslash": ("\\", false), "dagger": ("\u{2020}", false),
    ]

    /// Commands for operators, relations, arrows, dots and big operators, written as `<mo>`.
    static let operators: [String: MathOperator] = {
        var table: [String: MathOperator] = [:]
        let groups: [(MathOperator.Kind, [String: String])] = [
            (.binary, binary), (.relation, relations), (.ordinary, ordinary), (.punctuation, punctuation),
        ]
        for (kind, symbols) in groups {
            for (name, text) in symbols { table[name] = MathOperator(text: text, kind: kind) }
        }
        for (name, text) in largeWithLimits { table[name] = MathOperator(text: text, kind: .large, limits: .underOver) }
        for (name, text) in integrals { table[name] = MathOperator(text: text, kind: .large) }
        for (name, text) in openings { table[name] = .delimiter(text, kind: .open) }
        for (name, text) in closings { table[name] = .delimiter(text, kind: .close) }
        for (name, text) in bars { table[name] = .delimiter(text, kind: .ordinary) }
        return table
    }()

    private static let binary: [String: String] = [
        "cdot": "\u{22C5}", "times": "\u{D7}", "pm": "\u{B1}", "mp": "\u{2213}", "div": "\u{F7}",
        "ast": "\u{2217}", "star": "\u{22C6}", "circ": "\u{2218}", "bullet": "\u{2219}", "cup": "\u{222A}",
        "cap": "\u{2229}", "setminus": "\u{2216}", "wedge": "\u{2227}", "land": "\u{2227}", "vee": "\u{2228}",
        "lor": "\u{2228}", "oplus": "\u{2295}", "ominus": "\u{2296}", "otimes": "\u{2297}", "odot": "\u{2299}",
        "oslash": "\u{2298}",
    ]

    private static let relations: [String: String] = [
        "to": "\u{2192}", "rightarrow": "\u{2192}", "leftarrow": "\u{2190}", "gets": "\u{2190}",
        "leftrightarrow": "\u{2194}", "Rightarrow": "\u{21D2}", "Leftarrow": "\u{21D0}",
        "Leftrightarrow": "\u{21D4}", "longrightarrow": "\u{27F6}", "longleftarrow": "\u{27F5}",
        "Longrightarrow": "\u{27F9}", "implies": "\u{27F9}", "impliedby": "\u{27F8}", "iff": "\u{27FA}",
        "mapsto": "\u{21A6}", "uparrow": "\u{2191}", "downarrow": "\u{2193}", "approx": "\u{2248}",
        "neq": "\u{2260}", "ne": "\u{2260}", "leq": "\u{2264}", "le": "\u{2264}", "geq": "\u{2265}",
        "ge": "\u{2265}", "leqslant": "\u{2A7D}", "geqslant": "\u{2A7E}", "ll": "\u{226A}", "gg": "\u{226B}",
        "equiv": "\u{2261}", "sim": "\u{223C}", "simeq": "\u{2243}", "cong": "\u{2245}", "propto": "\u{221D}",
        "in": "\u{2208}", "notin": "\u{2209}", "ni": "\u{220B}", "subset": "\u{2282}", "supset": "\u{2283}",
        "subseteq": "\u{2286}", "supseteq": "\u{2287}", "mid": "\u{2223}", "parallel": "\u{2225}",
        "perp": "\u{22A5}", "coloneqq": "\u{2254}", "doteq": "\u{2250}", "models": "\u{22A8}",
        "vdash": "\u{22A2}", "prec": "\u{227A}", "succ": "\u{227B}",
    ]

    private static let ordinary: [String: String] = [
        "ldots": "\u{2026}", "dots": "\u{2026}", "cdots": "\u{22EF}", "vdots": "\u{22EE}", "ddots": "\u{22F1}",
        "prime": "\u{2032}", "forall": "\u{2200}", "exists": "\u{2203}", "nexists": "\u{2204}",
        "neg": "\u{AC}", "lnot": "\u{AC}",
    ]

    private static let punctuation: [String: String] = ["colon": ":", "ldotp": ".", "cdotp": "\u{22C5}"]

    private static let largeWithLimits: [String: String] = [
        "sum": "\u{2211}", "prod": "\u{220F}", "coprod": "\u{2210}", "bigcup": "\u{22C3}",
        "bigcap": "\u{22C2}", "bigoplus": "\u{2A01}", "bigotimes": "\u{2A02}", "bigvee": "\u{22C1}",
        "bigwedge": "\u{22C0}",
    ]

    private static let integrals: [String: String] = [
        "int": "\u{222B}", "iint": "\u{222C}", "iiint": "\u{222D}", "oint": "\u{222E}",
    ]

    private static let openings: [String: String] = [
        "{": "{", "lbrace": "{", "langle": "\u{27E8}", "lfloor": "\u{230A}", "lceil": "\u{2308}",
        "lvert": "|", "lVert": "\u{2016}", "lbrack": "[",
    ]

    private static let closings: [String: String] = [
        "}": "}", "rbrace": "}", "rangle": "\u{27E9}", "rfloor": "\u{230B}", "rceil": "\u{2309}",
        "rvert": "|", "rVert": "\u{2016}", "rbrack": "]",
    ]

    private static let bars: [String: String] = ["|": "\u{2016}", "vert": "|", "Vert": "\u{2016}"]

    /// Function names set upright and followed by a function application (`\tanh x`).
    static let functionNames: Set<String> = [
        "sin", "cos", "tan", "cot", "sec", "csc", "sinh", "cosh", "tanh", "coth", "arcsin", "arccos", "arctan",
        "exp", "log", "ln", "lg", "arg", "deg", "dim", "hom", "ker", "sgn",
    ]

    /// Operator names whose limits go under them in display math (`\lim_{h \to 0}`, `\max_i`).
    static let namedOperators: Set<String> = [
        "lim", "limsup", "liminf", "max", "min", "sup", "inf", "det", "gcd", "Pr", "argmax", "argmin",
    ]

    /// The text TeX shows for a named operator whose command name differs from it.
    static let namedOperatorText: [String: String] = [
        "limsup": "lim\u{2009}sup", "liminf": "lim\u{2009}inf", "argmax": "arg\u{2009}max",
        "argmin": "arg\u{2009}min",
    ]

    /// Spacing commands and their widths.
    static let spaces: [String: String] = [
        ",": "0.1667em", "thinspace": "0.1667em", ":": "0.2222em", ">": "0.2222em", "medspace": "0.2222em",
        ";": "0.2778em", "thickspace": "0.2778em", "!": "-0.1667em", "negthinspace": "-0.1667em",
        " ": "0.3333em", "quad": "1em", "qquad": "2em", "enspace": "0.5em",
    ]

    /// `\big` and its siblings, with the heights TeX gives them.
    static let delimiterSizes: [String: String] = [
        "big": "1.2em", "bigl": "1.2em", "bigr": "1.2em", "bigm": "1.2em",
        "Big": "1.623em", "Bigl": "1.623em", "Bigr": "1.623em", "Bigm": "1.623em",
        "bigg": "2.047em", "biggl": "2.047em", "biggr": "2.047em", "biggm": "2.047em",
        "Bigg": "2.470em", "Biggl": "2.470em", "Biggr": "2.470em", "Biggm": "2.470em",
    ]

    /// Characters allowed after `\left` and `\right`; `.` means no delimiter (empty text).
    static let delimiterCharacters: [Character: String] = [
        "(": "(", ")": ")", "[": "[", "]": "]", "|": "|", "/": "/", ".": "", "<": "\u{27E8}", ">": "\u{27E9}",
    ]

    /// Commands allowed after `\left` and `\right`.
    static let delimiterCommands: [String: String] = [
        "{": "{", "}": "}", "lbrace": "{", "rbrace": "}", "|": "\u{2016}", "vert": "|", "Vert": "\u{2016}",
        "lvert": "|", "rvert": "|", "lVert": "\u{2016}", "rVert": "\u{2016}", "langle": "\u{27E8}",
        "rangle": "\u{27E9}", "lfloor": "\u{230A}", "rfloor": "\u{230B}", "lceil": "\u{2308}",
        "rceil": "\u{2309}", "backslash": "\\", "uparrow": "\u{2191}", "downarrow": "\u{2193}",
        "lbrack": "[", "rbrack": "]",
    ]

    /// A typed character that is not a letter or digit: its `<mo>`, or nil when it is an ordinary `<mi>`.
    static func characterOperator(_ character: Character) -> MathOperator? {
        switch character {
        case "+": MathOperator(text: "+", kind: .binary)
        case "-": MathOperator(text: "\u{2212}", kind: .binary)
        case "*": MathOperator(text: "\u{2217}", kind: .binary)
        case "=", "<", ">", ":": MathOperator(text: String(character), kind: .relation)
        case ",", ";": MathOperator(text: String(character), kind: .punctuation)
        case "!": MathOperator(text: "!", kind: .close)
        case "(", "[": .delimiter(String(character), kind: .open)
        case ")", "]": .delimiter(String(character), kind: .close)
        case "|": .delimiter("|", kind: .ordinary)
        default: character.isMathSymbol ? MathOperator(text: String(character), kind: .relation) : nil
        }
    }
}
