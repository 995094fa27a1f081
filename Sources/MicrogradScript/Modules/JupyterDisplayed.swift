/// An object that a cell's final expression shows differently from its `repr`, as IPython's pretty printer
/// does: it drops `object` from a default repr (`<matplotlib.collections.PathCollection at 0x…>`).
protocol JupyterDisplayed {
    /// The text `Out[…]` shows for the object.
    func jupyterText(_ rt: Interpreter) throws -> String
}

extension Interpreter {
    /// The text a cell shows for its final value: IPython's form for objects that have one, alone or in a list or
    /// tuple of them (`[<matplotlib.lines.Line2D at 0x…>]`), and `repr` otherwise.
    func displayText(_ value: Object) throws -> String {
        switch value {
        case .native(let native as JupyterDisplayed):
            return try native.jupyterText(self)
        case .list(let list) where !list.items.isEmpty && list.items.contains(where: Self.hasJupyterText):
            return try sequenceText(list.items, open: "[", close: "]")
        case .tuple(let tuple) where tuple.items.contains(where: Self.hasJupyterText):
            return try sequenceText(tuple.items, open: "(", close: tuple.items.count == 1 ? ",)" : ")")
        default:
            return try repr(value)
        }
    }

    /// IPython's pretty printer lays a list or tuple out on one line when it fits in 79 characters, and otherwise
    /// puts each element on a line of its own, indented by one space.
    private func sequenceText(_ items: [Object], open: String, close: String) throws -> String {
        let shown = try items.map(displayText)
        let oneLine = open + shown.joined(separator: ", ") + close
        guard oneLine.count > Self.prettyWidth || oneLine.contains("\n") else { return oneLine }
        return open + shown.joined(separator: ",\n ") + close
    }

    /// IPython's `max_width`.
    private static let prettyWidth = 79

    private static func hasJupyterText(_ value: Object) -> Bool {
        if case .native(let native) = value { return native is JupyterDisplayed }
        return false
    }
}
