import Foundation

/// `repr(x)` and `str(x)` of a tensor, as torch's `_tensor_str.py` writes them with its default print options
/// (precision 4, line width 80, summarised past 1000 elements with 3 at each edge):
///
/// ```
/// tensor([2.], dtype=torch.float64, requires_grad=True)
/// tensor([-0.7071], dtype=torch.float64, grad_fn=<TanhBackward0>)
/// tensor([1.0000e-05, 1.0000e+00])
/// ```
enum TensorPrinter {
    static let precision = 4
    static let lineWidth = 80
    static let threshold = 1000
    static let edgeItems = 3
    static let prefix = "tensor("

    static func repr(_ tensor: TorchTensor) -> String {
        let indent = prefix.count
        var suffixes: [String] = []
        let body: String
        if tensor.count == 0 {
            if tensor.shape.count != 1 { suffixes.append("size=(" + tensor.shape.map(String.init).joined(separator: ", ") + ")") }
            if tensor.dtype != TorchDType.defaultFloat { suffixes.append("dtype=" + tensor.dtype.name) }
            body = "[]"
        } else {
            if tensor.dtype == .float64 { suffixes.append("dtype=" + tensor.dtype.name) }
            body = contents(tensor.values, dtype: tensor.dtype, zeroDimensional: tensor.shape.isEmpty, indent: indent)
        }
        if let origin = tensor.origin {
            suffixes.append("grad_fn=<\(origin.name)>")
        } else if tensor.requiresGrad {
            suffixes.append("requires_grad=True")
        }
        return withSuffixes(prefix + body, suffixes, indent: indent)
    }

    /// `_tensor_str`: the element or the bracketed, wrapped list of elements.
    static func contents(_ values: [Double], dtype: TorchDType, zeroDimensional: Bool, indent: Int) -> String {
        let summarize = values.count > threshold
        let shown = summarize && values.count > 2 * edgeItems
            ? Array(values.prefix(edgeItems)) + Array(values.suffix(edgeItems)) : values
        let formatter = TensorElementFormatter(shown, dtype: dtype, precision: precision)
        if zeroDimensional { return formatter.format(values.first ?? 0) }
        let perLine = max(1, (lineWidth - indent) / (formatter.width + 2))
        var items = shown.map(formatter.format)
        if summarize && values.count > 2 * edgeItems { items.insert(" ...", at: edgeItems) }
        var lines: [String] = []
        var start = 0
        while start < items.count {
            lines.append(items[start..<min(start + perLine, items.count)].joined(separator: ", "))
            start += perLine
        }
        return "[" + lines.joined(separator: ",\n" + String(repeating: " ", count: indent + 1)) + "]"
    }

    /// `_add_suffixes`: `, dtype=…` and the rest on the last line while it stays within the line width.
    static func withSuffixes(_ text: String, _ suffixes: [String], indent: Int) -> String {
        var result = text
        let lastBreak = text.lastIndex(of: "\n").map { text.distance(from: text.startIndex, to: $0) } ?? -1
        var lastLineLength = text.count - lastBreak + 1
        for suffix in suffixes {
            if lastLineLength + suffix.count + 2 > lineWidth {
                result += ",\n" + String(repeating: " ", count: indent) + suffix
                lastLineLength = indent + suffix.count
            } else {
                result += ", " + suffix
                lastLineLength += suffix.count + 2
            }
        }
        return result + ")"
    }
}
