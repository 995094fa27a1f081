import Micrograd

/// `x.sum(dim=None, keepdim=False, *, dtype=None)` and `torch.sum(x, …)` on the subset's 0-d and 1-D tensors.
///
/// Every dimension of such a tensor is the whole tensor, so any `dim` sums all the elements; it still changes what
/// torch shows: the node is `SumBackward1` rather than `SumBackward0`, and `keepdim=True` keeps a 1-D result.
/// `dim=None` and `dim=()` mean every dimension. `dtype=` converts before summing, as torch accumulates in the
/// requested type.
enum TensorSum {
    /// Reads `sum`'s arguments after the tensor (`arguments` holds only those) and sums.
    static func sum(_ tensor: TorchTensor, _ arguments: Arguments, _ rt: Interpreter) throws -> TorchTensor {
        try arguments.expect("sum", 0, 2, keywords: ["dim", "keepdim", "dtype"])
        var source = tensor
        if let given = given(arguments.keyword("dtype")) {
            guard case .native(let native) = given, let dtype = (native as? TorchDTypeObject)?.dtype else {
                throw PyError.type("sum(): argument 'dtype' must be torch.dtype, not \(rt.typeName(given))")
            }
            if tensor.requiresGrad, !dtype.isFloatingPoint {
                throw TorchError.runtime("Autograd not support dtype: \(dtype.scalarName)")
            }
            source = try TensorArithmetic.converted(tensor, to: dtype, rt)
        }
        let keepdimArgument = arguments.argument(1, "keepdim")
        guard let dim = arguments.argument(0, "dim") else {
            if keepdimArgument != nil {
                throw PyError.type("sum(): argument 'keepdim' cannot be given without 'dim'")
            }
            return try total(source, name: "SumBackward0", shape: [], rt)
        }
        var keepdim = false
        if let keepdimArgument {
            guard case .bool(let flag) = keepdimArgument else {
                throw PyError.type(
                    "sum(): argument 'keepdim' (position 2) must be bool, not \(rt.typeName(keepdimArgument))")
            }
            keepdim = flag
        }
        if case .none = dim {} else { try checkDimensions(dim, rank: tensor.shape.count, rt) }
        let shape = keepdim ? tensor.shape.map { _ in 1 } : []
        return try total(source, name: "SumBackward1", shape: shape, rt)
    }

    /// A `dim` that is an int or a sequence of distinct ints, each in range for a tensor of `rank` dimensions, with
    /// torch's messages.
    private static func checkDimensions(_ dim: Object, rank: Int, _ rt: Interpreter) throws {
        let dimensions: [Object]
        switch dim {
        case .tuple, .list: dimensions = try rt.elements(of: dim)
        default:
            guard dim.isIntLike else {
                throw PyError.type("sum(): argument 'dim' (position 1) must be tuple of ints, not \(rt.typeName(dim))")
            }
            dimensions = [dim]
        }
        let bound = Swift.max(rank, 1)
        var seen: Set<Int> = []
        for item in dimensions {
            guard item.isIntLike, let d = item.asInt else {
                throw PyError.type("sum(): argument 'dim' (position 1) must be tuple of ints, not \(rt.typeName(dim))")
            }
            guard d >= -bound, d < bound else {
                throw PyError.index("Dimension out of range (expected to be in range of [\(-bound), \(bound - 1)], but got \(d))")
            }
            let normalised = d < 0 ? d + bound : d
            if !seen.insert(normalised).inserted {
                throw TorchError.runtime("dim \(normalised) appears multiple times in the list of dims")
            }
        }
    }

    /// All the elements added in element order, as a tensor of `shape` (`[]` or `[1]`) made by node `name`.
    static func total(_ tensor: TorchTensor, name: String, shape: [Int], _ rt: Interpreter) throws -> TorchTensor {
        let dtype = tensor.dtype
        try rt.chargeMade(tensor.count)
        var total = 0.0
        for element in tensor.elements {
            total = try TorchForward.binary(.add, total, element.data, dtype)
        }
        let context = tensor.context
        guard tensor.requiresGrad else { return .leaf([total], dtype: dtype, shape: shape, context: context) }
        let node: Value
        if let first = tensor.elements.first {
            node = tensor.elements.count == 1 ? first * 1.0 : tensor.elements.dropFirst().reduce(first, +)
        } else {
            node = context.tape.value(0)
        }
        node.data = total
        return TorchTensor(
            context: context, dtype: dtype, shape: shape, elements: [node], requiresGrad: true,
            origin: TensorOrigin(name, inputs: [tensor], savesTensors: false))
    }

    /// An optional argument that was given and is not `None`.
    private static func given(_ argument: Object?) -> Object? {
        guard let argument else { return nil }
        if case .none = argument { return nil }
        return argument
    }
}
