/// The Greek letters by TeX name. Capitals are upright, as TeX sets them; small letters
/// and `\varGamma`-style capitals are italic.
enum TeXGreekLetters {
    /// Each name with its character and whether it must be kept upright.
    static let byName: [String: (text: String, upright: Bool)] = {
        var letters: [String: (text: String, upright: Bool)] = [:]
        for (name, text) in small { letters[name] = (text, false) }
        for (name, text) in capital { letters[name] = (text, true) }
        for (name, text) in italicCapital { letters[name] = (text, false) }
        return letters
    }()

    private static let small: [String: String] = [
        "alpha": "\u{3B1}", "beta": "\u{3B2}", "gamma": "\u{3B3}", "delta": "\u{3B4}", "epsilon": "\u{3F5}",
        "varepsilon": "\u{3B5}", "zeta": "\u{3B6}", "eta": "\u{3B7}", "theta": "\u{3B8}", "vartheta": "\u{3D1}",
        "iota": "\u{3B9}", "kappa": "\u{3BA}", "varkappa": "\u{3F0}", "lambda": "\u{3BB}", "mu": "\u{3BC}",
        "nu": "\u{3BD}", "xi": "\u{3BE}", "omicron": "\u{3BF}", "pi": "\u{3C0}", "varpi": "\u{3D6}",
        "rho": "\u{3C1}", "varrho": "\u{3F1}", "sigma": "\u{3C3}", "varsigma": "\u{3C2}", "tau": "\u{3C4}",
        "upsilon": "\u{3C5}", "phi": "\u{3D5}", "varphi": "\u{3C6}", "chi": "\u{3C7}", "psi": "\u{3C8}",
        "omega": "\u{3C9}", "digamma": "\u{3DD}",
    ]

    private static let capital: [String: String] = [
        "Alpha": "\u{391}", "Beta": "\u{392}", "Gamma": "\u{393}", "Delta": "\u{394}", "Epsilon": "\u{395}",
        "Zeta": "\u{396}", "Eta": "\u{397}", "Theta": "\u{398}", "Iota": "\u{399}", "Kappa": "\u{39A}",
        "Lambda": "\u{39B}", "Mu": "\u{39C}", "Nu": "\u{39D}", "Xi": "\u{39E}", "Omicron": "\u{39F}",
        "Pi": "\u{3A0}", "Rho": "\u{3A1}", "Sigma": "\u{3A3}", "Tau": "\u{3A4}", "Upsilon": "\u{3A5}",
        "Phi": "\u{3A6}", "Chi": "\u{3A7}", "Psi": "\u{3A8}", "Omega": "\u{3A9}",
    ]

    /// `\varGamma` and its kin: capitals in italic.
    private static let italicCapital: [String: String] = [
        "varGamma": "\u{393}", "varDelta": "\u{394}", "varTheta": "\u{398}", "varLambda": "\u{39B}",
        "varXi": "\u{39E}", "varPi": "\u{3A0}", "varSigma": "\u{3A3}", "varUpsilon": "\u{3A5}",
        "varPhi": "\u{3A6}", "varPsi": "\u{3A8}", "varOmega": "\u{3A9}",
    ]
}
