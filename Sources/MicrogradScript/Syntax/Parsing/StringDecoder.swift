/// Resolves a string literal's backslash escapes, as Python does for `str` literals: `\n`, `\t`, `\\`, `\'`,
/// `\"`, `\x41`, `\u00e9`, `\U0001F600`, octal `\101`, a backslash before a line break (dropped). An unknown
/// escape such as `\d` keeps its backslash.
enum StringDecoder {
    /// A malformed escape: Python's message and the escape's offset in the body.
    struct Failure: Error {
        var message: String
        var offset: Int
    }

    /// Decodes `scalars`; `raw` keeps every backslash as written. Line breaks inside a literal read as `\n`
    /// whatever the file used (`\r\n`, `\r`), as Python reads source.
    static func decode(_ source: ArraySlice<Unicode.Scalar>, raw: Bool) -> Result<String, Failure> {
        var output = String.UnicodeScalarView()
        let scalars = source.contains("\r") ? normalizingLineBreaks(source) : source
        if raw {
            output.append(contentsOf: scalars)
            return .success(String(output))
        }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard scalar == "\\", index + 1 < scalars.endIndex else {
                output.append(scalar)
                index += 1
                continue
            }
            let escape = scalars[index + 1]
            let start = index
            index += 2
            switch escape {
            case "\n": break
            case "\r": if index < scalars.endIndex, scalars[index] == "\n" { index += 1 }
            case "\\", "'", "\"": output.append(escape)
            case "n": output.append("\n")
            case "t": output.append("\t")
            case "r": output.append("\r")
            case "a": output.append("\u{07}")
            case "b": output.append("\u{08}")
            case "f": output.append("\u{0C}")
            case "v": output.append("\u{0B}")
            case "0"..."7":
                var value = escape.value - 48
                var count = 1
                while count < 3, index < scalars.endIndex, ("0"..."7").contains(scalars[index]) {
                    value = value * 8 + scalars[index].value - 48
                    index += 1
                    count += 1
                }
                output.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            case "x", "u", "U":
                let width = escape == "x" ? 2 : escape == "u" ? 4 : 8
                var value: UInt32 = 0
                for offset in 0..<width {
                    guard index + offset < scalars.endIndex,
                        let digit = Int(String(scalars[index + offset]), radix: 16)
                    else {
                        return .failure(truncated(escape, width: width, at: start, in: scalars))
                    }
                    value = value * 16 + UInt32(digit)
                }
                index += width
                guard let decoded = Unicode.Scalar(value) else {
                    return .failure(Failure(
                        message: "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                            + "\(start - scalars.startIndex)-\(index - 1 - scalars.startIndex): illegal Unicode character",
                        offset: start))
                }
                output.append(decoded)
            case "N":
                return .failure(Failure(message: "\\N{...} escapes are not supported in Gradbook cells", offset: start))
            default:
                output.append("\\")
                output.append(escape)
            }
        }
        return .success(String(output))
    }

    private static func normalizingLineBreaks(_ scalars: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var previous: Unicode.Scalar?
        for scalar in scalars {
            defer { previous = scalar }
            if scalar == "\n", previous == "\r" { continue }
            result.append(scalar == "\r" ? "\n" : scalar)
        }
        return result[...]
    }

    private static func truncated(
        _ escape: Unicode.Scalar, width: Int, at start: Int, in scalars: ArraySlice<Unicode.Scalar>
    ) -> Failure {
        var end = start + 1
        while end + 1 < scalars.endIndex, end - start - 1 < width, Int(String(scalars[end + 1]), radix: 16) != nil {
            end += 1
        }
        let pattern = String(repeating: "X", count: width)
        let name = escape == "x" ? "\\x\(pattern)" : escape == "u" ? "\\u\(pattern)" : "\\U\(pattern)"
        return Failure(
            message: "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + "\(start - scalars.startIndex)-\(end - scalars.startIndex): truncated \(name) escape",
            offset: start)
    }
}
