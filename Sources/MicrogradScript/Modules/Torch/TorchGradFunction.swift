/// The object `x.grad_fn` gives for a tensor made by an operation: it prints as torch's does,
/// `<TanhBackward0 object at 0x7f0000000a30>`, has that type name, and answers `name()`. Walking the graph with
/// `next_functions` is beyond the subset.
final class TorchGradFunction: NativeObject {
    let name: String

    init(type: TypeObject, name: String) {
        self.name = name
        super.init(type: type)
    }

    override func repr(_ rt: Interpreter) throws -> String { "<\(name) object at \(rt.address(of: self))>" }

    override func attribute(_ name: String, _ rt: Interpreter) throws -> Object? {
        switch name {
        case "name":
            let qualified = self.name
            return .builtin(BuiltinFunction("name") { arguments in
                try arguments.expect("name", 0, 0)
                return .string(qualified)
            })
        default:
            if name.hasPrefix("_") { return nil }
            throw TorchError.unavailable("\(self.name).\(name)")
        }
    }
}
