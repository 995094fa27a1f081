import Foundation
import Micrograd

/// Python's format-spec mini-language (`format(x, spec)`, `f"{x:spec}"`):
/// `[[fill]align][sign][#][0][width][,|_][.precision][type]` for ints, floats and strings.
struct FormatSpec {
    var fill: Character = " "
    var align: Character?
    var sign: Character = "-"
    var alternate = false
    var width = 0
    var grouping: Character?
    var precision: Int?
    var type: Character?

    /// The widest field a spec may ask for (Gradbook's limit; Python's is the size of memory).
    static let maximumWidth = 1_000_000

    /// Parses a spec, or fails with Python's `ValueError`.
    init(_ text: String) throws {
        var chars = Array(text)
        var i = 0
        let aligns: Set<Character> = ["<", ">", "^", "="]
        if chars.count >= 2, aligns.contains(chars[1]) {
            fill = chars[0]
            align = chars[1]
            i = 2
        } else if let first = chars.first, aligns.contains(first) {
            align = first
            i = 1
        }
        if i < chars.count, "+- ".contains(chars[i]) {
            sign = chars[i]
            i += 1
        }
        if i < chars.count, chars[i] == "#" {
            alternate = true
            i += 1
        }
        if i < chars.count, chars[i] == "0" {
            if align == nil {
                fill = "0"
                align = "="
            }
            i += 1
        }
        var digits = ""
        while i < chars.count, chars[i].isASCII, chars[i].isNumber {
            digits.append(chars[i])
            i += 1
        }
        if !digits.isEmpty {
            guard let parsed = Int(digits), parsed <= Self.maximumWidth else {
                throw PyError.value("Too many decimal digits in format string")
            }
            width = parsed
        }
        if i < chars.count, chars[i] == "," || chars[i] == "_" {
            grouping = chars[i]
            i += 1
        }
        if i < chars.count, chars[i] == "." {
            i += 1
            var precisionDigits = ""
            while i < chars.count, chars[i].isASCII, chars[i].isNumber {
                precisionDigits.append(chars[i])
                i += 1
            }
            if precisionDigits.isEmpty { throw PyError.value("Format specifier missing precision") }
            guard let p = Int(precisionDigits), p <= Self.maximumWidth else {
                throw PyError.value("Too many decimal digits in format string")
            }
            precision = p
        }
        if i < chars.count {
            type = chars[i]
            i += 1
        }
        if i < chars.count {
            chars = Array(chars[i...])
            throw PyError.value("Invalid format specifier '\(text)' for object of type '%TYPE%'")
        }
    }

    /// `format(object, spec)`.
    static func format(_ object: Object, spec text: String) throws -> String {
        if text.isEmpty { return object.str }
        let spec: FormatSpec
        do { spec = try FormatSpec(text) } catch var error as PyError {
            error.message = error.message.replacingOccurrences(of: "%TYPE%", with: object.typeName)
            throw error
        }
        switch object {
        case .int, .bool: return try spec.formatInt(object.asInt ?? 0, object: object)
        case .float(let d): return try spec.formatFloat(d)
        case .string(let s): return try spec.formatString(s)
        default:
            throw PyError.type("unsupported format string passed to \(object.typeName).__format__")
        }
    }

    func formatString(_ s: String) throws -> String {
        if let type, type != "s" {
            throw PyError.value("Unknown format code '\(type)' for object of type 'str'")
        }
        if sign != "-" { throw PyError.value("Sign not allowed in string format specifier") }
        var text = s
        if let precision, text.count > precision { text = String(text.prefix(precision)) }
        return pad(text, sign: "", defaultAlign: "<")
    }

    func formatInt(_ value: Int, object: Object) throws -> String {
        switch type {
        case nil, "d", "n":
            if precision != nil { throw PyError.value("Precision not allowed in integer format specifier") }
            if type == nil, case .bool(let b) = object, width == 0 { return b ? "True" : "False" }
            let digits = group(String(value.magnitude))
            return pad(digits, sign: signText(negative: value < 0), defaultAlign: ">")
        case "b", "o", "x", "X":
            let radix = type == "b" ? 2 : (type == "o" ? 8 : 16)
            var digits = String(value.magnitude, radix: radix, uppercase: type == "X")
            if alternate { digits = "0" + String(type ?? "x") + digits }
            return pad(digits, sign: signText(negative: value < 0), defaultAlign: ">")
        case "c":
            guard let scalar = Unicode.Scalar(UInt32(clamping: max(0, value))) else {
                throw PyError("OverflowError", "%c arg not in range(0x110000)")
            }
            return pad(String(Character(scalar)), sign: "", defaultAlign: "<")
        case "e", "E", "f", "F", "g", "G", "%":
            return try formatFloat(Double(value))
        default:
            throw PyError.value("Unknown format code '\(type.map(String.init) ?? "")' for object of type 'int'")
        }
    }

    func formatFloat(_ value: Double) throws -> String {
        let negative = value.sign == .minus && !value.isNaN
        let magnitude = abs(value)
        var body: String
        switch type {
        case "f", "F":
            body = Self.fixed(magnitude, precision ?? 6, alternate: alternate)
        case "e", "E":
            body = Self.scientific(magnitude, precision ?? 6, alternate: alternate)
        case "g", "G":
            body = Self.general(magnitude, precision ?? 6, alternate: alternate)
        case "%":
            body = Self.fixed(magnitude * 100, precision ?? 6, alternate: alternate) + "%"
        case nil:
            if let precision {
                body = Self.shortest(magnitude, precision, alternate: alternate)
            } else {
                body = PythonFloat.repr(magnitude)
                if alternate, let e = body.firstIndex(of: "e"), !body[..<e].contains(".") { body.insert(".", at: e) }
            }
        default:
            throw PyError.value("Unknown format code '\(type.map(String.init) ?? "")' for object of type 'float'")
        }
        if type == "F" || type == "E" || type == "G" { body = body.uppercased() }
        if let grouping, magnitude.isFinite {
            let integerEnd = body.firstIndex(where: { !$0.isNumber }) ?? body.endIndex
            body = Self.insertGroups(String(body[..<integerEnd]), separator: grouping) + body[integerEnd...]
        }
        return pad(body, sign: signText(negative: negative), defaultAlign: ">")
    }

    /// `f`: `#` keeps the decimal point even with no digits after it (`1.`), as C's `#` flag does.
    static func fixed(_ x: Double, _ precision: Int, alternate: Bool = false) -> String {
        if !x.isFinite { return x.isNaN ? "nan" : "inf" }
        return String(format: alternate ? "%#.*f" : "%.*f", min(precision, 500), x)
    }

    static func scientific(_ x: Double, _ precision: Int, alternate: Bool = false) -> String {
        if !x.isFinite { return x.isNaN ? "nan" : "inf" }
        return String(format: alternate ? "%#.*e" : "%.*e", min(precision, 500), x)
    }

    /// No type but a precision (`f"{x:.3}"`): CPython's `'g'` with "at least one digit after the point", which
    /// also moves to exponent notation one digit earlier than `g` does: `format(10.0, '.2')` is `'1e+01'`.
    static func shortest(_ x: Double, _ precision: Int, alternate: Bool) -> String {
        if !x.isFinite { return x.isNaN ? "nan" : "inf" }
        let digits = max(1, min(precision, 500))
        let exponential = String(format: alternate ? "%#.*e" : "%.*e", digits - 1, x)
        let exponent = exponential.split(separator: "e").last.flatMap { Int($0) } ?? 0
        if exponent < -4 || exponent >= digits - 1 {
            return alternate ? exponential : strippingZeros(exponential)
        }
        var fixed = String(format: alternate ? "%#.*f" : "%.*f", digits - 1 - exponent, x)
        if !alternate { fixed = strippingZeros(fixed) }
        return fixed.contains(".") ? fixed : fixed + ".0"
    }

    /// Drops trailing zeros after the decimal point, and the point if nothing is left after it: `'1.500e+03'` →
    /// `'1.5e+03'`, `'2.000'` → `'2'`.
    private static func strippingZeros(_ text: String) -> String {
        let mantissaEnd = text.firstIndex(of: "e") ?? text.endIndex
        var mantissa = String(text[..<mantissaEnd])
        guard mantissa.contains(".") else { return text }
        while mantissa.hasSuffix("0") { mantissa.removeLast() }
        if mantissa.hasSuffix(".") { mantissa.removeLast() }
        return mantissa + text[mantissaEnd...]
    }

    static func general(_ x: Double, _ precision: Int, alternate: Bool) -> String {
        if !x.isFinite { return x.isNaN ? "nan" : "inf" }
        return String(format: alternate ? "%#.*g" : "%.*g", max(1, min(precision, 500)), x)
    }

    private func signText(negative: Bool) -> String {
        if negative { return "-" }
        switch sign {
        case "+": return "+"
        case " ": return " "
        default: return ""
        }
    }

    private func group(_ digits: String) -> String {
        guard let grouping else { return digits }
        return Self.insertGroups(digits, separator: grouping)
    }

    static func insertGroups(_ digits: String, separator: Character) -> String {
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(separator) }
            out.append(c)
        }
        return out
    }

    private func pad(_ body: String, sign: String, defaultAlign: Character) -> String {
        let length = body.count + sign.count
        guard width > length else { return sign + body }
        let padding = width - length
        switch align ?? defaultAlign {
        case "<": return sign + body + String(repeating: fill, count: padding)
        case "^":
            let left = padding / 2
            return String(repeating: fill, count: left) + sign + body + String(repeating: fill, count: padding - left)
        case "=": return sign + String(repeating: fill, count: padding) + body
        default: return String(repeating: fill, count: padding) + sign + body
        }
    }
}
