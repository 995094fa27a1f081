/// One stored output of a code cell, as nbformat 4 defines them.
public enum JupyterOutput: Equatable, Sendable {
    /// Text printed to `stdout` or `stderr`.
    case stream(name: String, text: String)
    /// A rich display (`display(...)`, a figure): its representations by MIME type, in file order.
    case displayData(data: [JSONMember], metadata: JSONValue)
    /// The value of the cell's last expression, like `Out[4]`.
    case executeResult(data: [JSONMember], executionCount: Int?, metadata: JSONValue)
    /// The exception that stopped the cell.
    case error(name: String, value: String, traceback: [String])

    /// The MIME types whose contents are pictures: dropped on import, since `render` draws figures again.
    public static let pictureTypes: Set<String> = ["image/png", "image/jpeg", "image/svg+xml", "image/gif", "application/pdf"]

    /// The representations of a display or result (empty for streams and errors).
    public var data: [JSONMember] {
        switch self {
        case .displayData(let data, _), .executeResult(let data, _, _): data
        case .stream, .error: []
        }
    }

    /// The `text/plain` representation of a display or result, when it has one.
    public var plainText: String? {
        data.first { $0.key == "text/plain" }?.value.multilineString
    }

    /// The MIME types of pictures this output carries.
    public var pictures: [String] {
        data.map(\.key).filter(Self.pictureTypes.contains)
    }
}
