import Micrograd

/// Python's `%`-formatting of strings: `"%.4f" % x`, `"%s | data %.4f" % (label, data)`.
enum PercentFormat {
    static func format(_ template: String, _ arguments: Object, _ rt: Interpreter) throws -> String {
        var values: [Object]
        var isMapping = false
        switch arguments {
        case .tuple(let tuple): values = tuple.items
        case .dict: values = [arguments]; isMapping = true
        default: values = [arguments]
        }
        var next = 0
        var out = ""
        let chars = Array(template)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            i += 1
            guard c == "%" else {
                out.append(c)
                continue
            }
            guard i < chars.count else { throw PyError.value("incomplete format") }
            if chars[i] == "%" {
                out.append("%")
                i += 1
                continue
            }
            var key: String?
            if chars[i] == "(" {
                guard let close = chars[i...].firstIndex(of: ")") else { throw PyError.value("incomplete format key") }
                key = String(chars[(i + 1)..<close])
                i = close + 1
            }
            var spec = ""
            var align = ""
            var sign = ""
            var zero = false
            while i < chars.count, "-+ 0#".contains(chars[i]) {
                switch chars[i] {
                case "-": align = "<"
                case "+": sign = "+"
                case " ": if sign.isEmpty { sign = " " }
                case "0": zero = true
                default: break
                }
                i += 1
            }
            var width = ""
            while i < chars.count, chars[i].isASCII, chars[i].isNumber {
                width.append(chars[i])
                i += 1
            }
            var precision = ""
            if i < chars.count, chars[i] == "." {
                precision = "."
                i += 1
                while i < chars.count, chars[i].isASCII, chars[i].isNumber {
                    precision.append(chars[i])
                    i += 1
                }
                if precision == "." { precision = ".0" }
            }
            guard i < chars.count else { throw PyError.value("incomplete format") }
            let type = chars[i]
            i += 1
            let value: Object
            if let key {
                guard isMapping, case .dict(let mapping) = arguments else {
                    throw PyError.type("format requires a mapping")
                }
                guard let found = try mapping.get(.string(key), rt) else { throw PyError.key(.string(key), repr: Object.quoted(key)) }
                value = found
            } else {
                guard next < values.count else { throw PyError.type("not enough arguments for format string") }
                value = values[next]
                next += 1
            }
            if zero, align.isEmpty { spec += "0" }
            spec = align + sign + spec + width + precision
            switch type {
            case "s", "r":
                let text = type == "s" ? try rt.str(value) : try rt.repr(value)
                out += try FormatSpec.format(.string(text), spec: (align.isEmpty ? ">" : align) + width + precision)
            case "d", "i", "u":
                guard let number = value.asDouble, value.isNumber else {
                    throw PyError.type("%\(type) format: a real number is required, not \(value.typeName)")
                }
                if !value.isIntLike, Int(exactly: number.rounded(.towardZero)) == nil {
                    throw number.isFinite ? PyError.intOverflow : PyError.value("cannot convert float \(PythonFloat.repr(number)) to integer")
                }
                let integer: Object = value.isIntLike ? value : .int(Int(saturating: number.rounded(.towardZero)))
                out += try FormatSpec.format(integer, spec: spec + "d")
            case "f", "F", "e", "E", "g", "G":
                guard let number = value.asDouble, value.isNumber else {
                    throw PyError.type("must be real number, not \(value.typeName)")
                }
                out += try FormatSpec.format(.float(number), spec: spec + String(type))
            case "c":
                let character: String
                if case .string(let text) = value, text.count == 1 {
                    character = text
                } else if value.isIntLike, let code = value.asInt, let scalar = Unicode.Scalar(UInt32(clamping: max(0, code))),
                    code < 0x110000
                {
                    character = String(Character(scalar))
                } else {
                    throw PyError.type("%c requires int or char")
                }
                out += try FormatSpec.format(.string(character), spec: (align.isEmpty ? ">" : align) + width)
            case "x", "X", "o":
                guard value.isIntLike else {
                    throw PyError.type("%\(type) format: an integer is required, not \(value.typeName)")
                }
                out += try FormatSpec.format(value, spec: spec + String(type))
            default:
                throw PyError.value("unsupported format character '\(type)'")
            }
        }
        if next < values.count, !isMapping {
            throw PyError.type("not all arguments converted during string formatting")
        }
        return out
    }
}
