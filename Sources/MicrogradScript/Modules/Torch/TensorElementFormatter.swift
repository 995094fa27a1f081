import Foundation

/// torch's `_Formatter`: chooses one format for all the elements a tensor prints, then pads each to one width.
///
/// - integer-valued floats print with a point and no decimals (`2.`);
/// - others with `precision` decimals (`0.7071`);
/// - either switches to scientific notation (`1.0000e-05`) when the largest nonzero finite magnitude exceeds 1e8,
///   is over 1000 times the smallest, or the smallest is under 1e-4;
/// - `int64` elements print as integers.
struct TensorElementFormatter {
    let dtype: TorchDType
    let precision: Int
    private(set) var integerMode = true
    private(set) var scientific = false
    private(set) var width = 1

    init(_ values: [Double], dtype: TorchDType, precision: Int) {
        self.dtype = dtype
        self.precision = precision
        guard dtype.isFloatingPoint else {
            width = values.map { String(TorchDType.integer($0)).count }.max() ?? 1
            width = max(width, 1)
            return
        }
        let finite = values.filter { $0.isFinite && $0 != 0 }
        guard !finite.isEmpty else { return }
        let magnitudes = finite.map(Swift.abs)
        let smallest = magnitudes.min() ?? 1, largest = magnitudes.max() ?? 1
        integerMode = finite.allSatisfy { $0 == $0.rounded(.up) }
        scientific = largest / smallest > 1000 || largest > 1e8 || smallest < 1e-4
        for value in finite {
            let text: String
            if scientific {
                text = Self.scientific(value, precision)
            } else if integerMode {
                text = Self.fixed(value, 0) + "."
            } else {
                text = Self.fixed(value, precision)
            }
            width = max(width, text.count)
        }
    }

    /// One element, right-aligned to the common width.
    func format(_ value: Double) -> String {
        let text: String
        if !dtype.isFloatingPoint {
            text = String(TorchDType.integer(value))
        } else if scientific {
            text = Self.scientific(value, precision)
        } else if integerMode {
            text = Self.fixed(value, 0) + (value.isFinite ? "." : "")
        } else {
            text = Self.fixed(value, precision)
        }
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// Python's `f"{x:.{p}f}"`.
    static func fixed(_ x: Double, _ precision: Int) -> String {
        if let special = nonFinite(x) { return special }
        return String(format: "%.*f", precision, x)
    }

    /// Python's `f"{x:.{p}e}"`.
    static func scientific(_ x: Double, _ precision: Int) -> String {
        if let special = nonFinite(x) { return special }
        return String(format: "%.*e", precision, x)
    }

    private static func nonFinite(_ x: Double) -> String? {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        return nil
    }
}
