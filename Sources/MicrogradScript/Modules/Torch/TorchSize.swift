/// `torch.Size`: what `x.shape` and `x.size()` give. torch's is a subclass of `tuple`; this one behaves as one
/// where lessons use it (`len`, `x.shape[0]`, iteration, `==` with a tuple or another size, hashing) and prints
/// as torch prints it: `torch.Size([1])`.
final class TorchSize: NativeObject {
    let dimensions: [Int]

    init(type: TypeObject, dimensions: [Int]) {
        self.dimensions = dimensions
        super.init(type: type)
    }

    override func repr(_ rt: Interpreter) throws -> String {
        "torch.Size([" + dimensions.map(String.init).joined(separator: ", ") + "])"
    }

    override func length(_ rt: Interpreter) throws -> Int? { dimensions.count }

    override func elements(_ rt: Interpreter) throws -> [Object]? { dimensions.map { .int($0) } }

    override func truth(_ rt: Interpreter) throws -> Bool? { !dimensions.isEmpty }

    override func item(_ key: Object, _ rt: Interpreter) throws -> Object? {
        if case .native(let native) = key, let slice = native as? SliceObject {
            let bounds = try SliceBounds(start: slice.start, stop: slice.stop, step: slice.step, count: dimensions.count)
            return .native(TorchSize(type: type, dimensions: bounds.positions.map { dimensions[$0] }))
        }
        guard key.isIntLike, let index = key.asInt else {
            throw PyError.type("tuple indices must be integers or slices, not \(rt.typeName(key))")
        }
        let position = index < 0 ? index + dimensions.count : index
        guard dimensions.indices.contains(position) else { throw PyError.index("tuple index out of range") }
        return .int(dimensions[position])
    }

    override func compare(_ op: ComparisonOperator, _ other: Object, _ rt: Interpreter) throws -> Object {
        guard op == .equal || op == .notEqual else { return .notImplemented }
        let otherDimensions: [Int]?
        switch other {
        case .tuple(let tuple):
            let integers = tuple.items.compactMap { $0.isIntLike ? $0.asInt : nil }
            otherDimensions = integers.count == tuple.items.count ? integers : nil
        case .native(let native): otherDimensions = (native as? TorchSize)?.dimensions
        default: otherDimensions = nil
        }
        guard let otherDimensions else { return .notImplemented }
        let same = otherDimensions == dimensions
        return .bool(op == .equal ? same : !same)
    }

    override func hash(_ rt: Interpreter) throws -> Int { try rt.hash(.tuple(dimensions.map { .int($0) })) }

    override func attribute(_ name: String, _ rt: Interpreter) throws -> Object? {
        switch name {
        case "numel":
            let dimensions = dimensions
            return .builtin(BuiltinFunction("numel") { arguments in
                try arguments.expect("numel", 0, 0)
                return .int(dimensions.reduce(1, *))
            })
        default:
            if name.hasPrefix("_") { return nil }
            throw TorchError.unavailable("torch.Size." + name)
        }
    }
}
