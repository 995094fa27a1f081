/// numpy 1.26's `array2string` with the default print options: the nested brackets, the separators, line wrapping
/// at 75 columns under a hanging indent, blank lines between blocks of 3-D arrays, and summarisation with `...`
/// (three items at each edge) above 1000 elements.
struct ArrayPrinter {
    static let lineWidth = 75
    static let threshold = 1000
    static let edgeItems = 3

    private let array: NDArray
    private let separator: String
    private let summarize: Bool
    private let formatElement: (Scalar) -> String

    /// A printer for `array` with `separator` between elements (`", "` for repr, `" "` for str).
    init(_ array: NDArray, separator: String) {
        self.array = array
        self.separator = separator
        summarize = array.size > Self.threshold
        let shown = summarize ? Self.edgeValues(of: array) : array.scalars
        formatElement = Self.elementFormat(for: array.dtype, values: shown, isZeroDimensional: array.ndim == 0)
    }

    /// The element formatting numpy chooses for the dtype, fitted to the values that will be shown.
    private static func elementFormat(for dtype: DType, values: [Scalar], isZeroDimensional: Bool)
        -> (Scalar) -> String
    {
        switch dtype {
        case .bool:
            let trueText = isZeroDimensional ? "True" : " True"
            return { Bool(numpyCast: $0) ? trueText : "False" }
        case .int64:
            let integers = values.map { Int64(numpyCast: $0) }
            let width = [integers.max(), integers.min()].compactMap { $0 }.map { String($0).count }.max() ?? 0
            return { scalar in
                let text = String(Int64(numpyCast: scalar))
                return String(repeating: " ", count: Swift.max(0, width - text.count)) + text
            }
        case .float64:
            let formatter = FloatFormatter(values.map(\.doubleValue))
            return { formatter.format($0.doubleValue) }
        }
    }

    /// The elements numpy keeps when summarising (`_leading_trailing`): the first and last `edgeItems` along each
    /// long axis.
    private static func edgeValues(of array: NDArray) -> [Scalar] {
        var pieces: [NDArray] = [array]
        for axis in 0..<array.ndim where array.shape[axis] > 2 * edgeItems {
            pieces = pieces.flatMap { piece -> [NDArray] in
                let index = [IndexComponent](repeating: .all, count: axis)
                let leading = try? piece.get(index + [.slice(stop: edgeItems)]).asArray
                let trailing = try? piece.get(index + [.slice(start: -edgeItems)]).asArray
                return [leading, trailing].compactMap { $0 }
            }
        }
        return pieces.flatMap(\.scalars)
    }

    /// The text of the array between its brackets, for a hanging indent of `prefixWidth` columns (`array(` is 6)
    /// and a line width reduced by `suffixWidth`.
    func render(prefixWidth: Int, suffixWidth: Int) -> String {
        let hangingIndent = " " + String(repeating: " ", count: prefixWidth)
        return recurse(axis: 0, base: array.offset, hangingIndent: hangingIndent, width: Self.lineWidth - suffixWidth)
    }

    /// numpy's `_formatArray.recurser`: `base` is the buffer position of the current sub-array.
    private func recurse(axis: Int, base: Int, hangingIndent: String, width: Int) -> String {
        if axis == array.ndim { return formatElement(element(at: base)) }
        let axesLeft = array.ndim - axis
        let nextIndent = hangingIndent + " "
        let nextWidth = width - 1
        let length = array.shape[axis]
        let showSummary = summarize && 2 * Self.edgeItems < length
        let leading = showSummary ? Self.edgeItems : 0
        let trailing = showSummary ? Self.edgeItems : length
        func child(_ i: Int) -> String {
            recurse(axis: axis + 1, base: base + i * array.strides[axis], hangingIndent: nextIndent, width: nextWidth)
        }
        let separatorCore = String(separator.reversed().drop { $0 == " " }.reversed())
        var text = ""
        if axesLeft == 1 {
            let elementWidth = width - Swift.max(separatorCore.count, 1)
            var line = hangingIndent
            for i in 0..<leading {
                extend(&text, &line, child(i), width: elementWidth, indent: hangingIndent)
                line += separator
            }
            if showSummary {
                extend(&text, &line, "...", width: elementWidth, indent: hangingIndent)
                line += separator
            }
            for i in stride(from: trailing, to: 1, by: -1) {
                extend(&text, &line, child(length - i), width: elementWidth, indent: hangingIndent)
                line += separator
            }
            extend(&text, &line, child(length - 1), width: elementWidth, indent: hangingIndent)
            text += line
        } else {
            let lineSeparator = separatorCore + String(repeating: "\n", count: axesLeft - 1)
            for i in 0..<leading { text += hangingIndent + child(i) + lineSeparator }
            if showSummary { text += hangingIndent + "..." + lineSeparator }
            for i in stride(from: trailing, to: 1, by: -1) { text += hangingIndent + child(length - i) + lineSeparator }
            text += hangingIndent + child(length - 1)
        }
        return "[" + text.dropFirst(hangingIndent.count) + "]"
    }

    /// numpy's `_extendLine`: wrap before `word` if it would pass `width`, unless the line holds only the indent.
    private func extend(_ text: inout String, _ line: inout String, _ word: String, width: Int, indent: String) {
        if line.count + word.count > width, line.count > indent.count {
            text += String(line.reversed().drop { $0 == " " }.reversed()) + "\n"
            line = indent
        }
        line += word
    }

    private func element(at position: Int) -> Scalar {
        switch array.storage {
        case .bool(let buffer): .bool(buffer.elements[position])
        case .int64(let buffer): .int64(buffer.elements[position])
        case .float64(let buffer): .float64(buffer.elements[position])
        }
    }
}

extension NDArray {
    /// `repr(arr)` exactly as numpy 1.26 prints it: `array([1., 2.])`, `array([], dtype=float64)`,
    /// `array([], shape=(0, 3), dtype=int64)`.
    public var repr: String {
        let prefix = "array("
        let showsDType = size == 0
        let suffix = showsDType ? "," : ")"
        let body: String
        if size > 0 {
            body = ArrayPrinter(self, separator: ", ").render(prefixWidth: prefix.count, suffixWidth: suffix.count)
        } else if shape == [0] {
            body = "[]"
        } else {
            body = "[], shape=" + ArrayShape.repr(shape)
        }
        let text = prefix + body + suffix
        guard showsDType else { return text }
        let dtypeText = "dtype=\(dtype.name))"
        let lastLine = text.split(separator: "\n", omittingEmptySubsequences: false).last?.count ?? 0
        let spacer = lastLine + dtypeText.count + 1 > ArrayPrinter.lineWidth
            ? "\n" + String(repeating: " ", count: prefix.count) : " "
        return text + spacer + dtypeText
    }

    /// `str(arr)` / `print(arr)` exactly as numpy 1.26 prints it: `[1. 2.]`; a 0-d array prints as its scalar.
    public var str: String {
        if ndim == 0, let scalar = firstScalar { return scalar.str }
        if size == 0 { return "[]" }
        return ArrayPrinter(self, separator: " ").render(prefixWidth: 0, suffixWidth: 0)
    }
}
