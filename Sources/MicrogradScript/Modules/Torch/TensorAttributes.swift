/// The attributes and methods of `torch.Tensor` in the subset; any other public name is a `NotImplementedError` that
/// says so (`torch.Tensor.matmul is not available in Gradbook's torch subset`), as a `__getattr__` fallback would.
/// Names with a leading underscore (`__len__`, `_repr_html_`) stay `AttributeError`s, so that probing them (as
/// `hasattr` and rich display do) answers "no" rather than failing.
enum TensorAttributes {
    static func attribute(of tensor: TorchTensor, _ name: String, _ rt: Interpreter) throws -> Object? {
        let context = tensor.context
        switch name {
        case "data": return .native(tensor.detached())
        case "grad":
            guard let grad = tensor.grad else { return Object.none }
            return .native(grad)
        case "requires_grad": return .bool(tensor.requiresGrad)
        case "is_leaf": return .bool(tensor.isLeaf)
        case "grad_fn": return tensor.gradFunction
        case "shape": return context.size(tensor.shape)
        case "dtype": return .native(context.object(for: tensor.dtype))
        case "ndim": return .int(tensor.shape.count)
        case "item": return method("item", 0) { _ in try tensor.item() }
        case "tolist":
            return method("tolist", 0) { _ in
                let items = tensor.elements.map { element -> Object in
                    let value = element.data
                    return tensor.dtype == .int64 ? .int(TorchDType.integer(value)) : .float(value)
                }
                if tensor.shape.isEmpty { return try tensor.item() }
                return .list(ListObject(items))
            }
        case "backward":
            return .builtin(BuiltinFunction("backward") { arguments in
                try arguments.expect("backward", 0, 2, keywords: ["gradient", "retain_graph"])
                if given(arguments.argument(0, "gradient")) != nil {
                    throw TorchError.unavailable("torch.Tensor.backward(gradient=...)")
                }
                let retain = try given(arguments.argument(1, "retain_graph")).map { try rt.truth($0) } ?? false
                try TorchAutograd.backward(tensor, retainGraph: retain, rt)
                return .none
            })
        case "requires_grad_":
            return .builtin(BuiltinFunction("requires_grad_") { arguments in
                try arguments.expect("requires_grad_", 0, 1, keywords: ["requires_grad"])
                var flag = true
                if let given = arguments.argument(0, "requires_grad") {
                    guard case .bool(let value) = given else {
                        throw PyError.type(
                            "requires_grad_(): argument 'requires_grad' (position 1) must be bool, not \(rt.typeName(given))")
                    }
                    flag = value
                }
                try tensor.setRequiresGrad(flag)
                return .native(tensor)
            })
        case "double": return method(name, 0) { _ in .native(try TensorArithmetic.converted(tensor, to: .float64, rt)) }
        case "float": return method(name, 0) { _ in .native(try TensorArithmetic.converted(tensor, to: .float32, rt)) }
        case "neg": return unary(.negate, tensor, rt)
        case "tanh": return unary(.tanh, tensor, rt)
        case "exp": return unary(.exp, tensor, rt)
        case "sigmoid": return unary(.sigmoid, tensor, rt)
        case "relu": return unary(.relu, tensor, rt)
        case "sum": return .builtin(BuiltinFunction(name) { arguments in .native(try TensorSum.sum(tensor, arguments, rt)) })
        case "detach": return method(name, 0) { _ in .native(tensor.detached()) }
        case "dim": return method(name, 0) { _ in .int(tensor.shape.count) }
        case "numel": return method(name, 0) { _ in .int(tensor.count) }
        case "size":
            return .builtin(BuiltinFunction("size") { arguments in
                try arguments.expect("size", 0, 1, keywords: ["dim"])
                guard let dimension = given(arguments.argument(0, "dim")) else {
                    return context.size(tensor.shape)
                }
                guard dimension.isIntLike, let d = dimension.asInt else {
                    throw PyError.type("size(): argument 'dim' must be int, not \(rt.typeName(dimension))")
                }
                return .int(try size(of: tensor.shape, dimension: d))
            })
        case "zero_":
            return method(name, 0) { _ in
                if tensor.requiresGrad {
                    throw TorchError.runtime(
                        tensor.isLeaf
                            ? "a leaf Variable that requires grad is being used in an in-place operation."
                            : "torch.Tensor.zero_ on a tensor that requires grad is not available in Gradbook's torch subset")
                }
                tensor.overwrite(Array(repeating: 0, count: tensor.count))
                return .native(tensor)
            }
        case "__abs__": throw TorchError.unavailable("torch.Tensor.__abs__")
        default:
            if name.hasPrefix("_") { return nil }
            throw TorchError.unavailable("torch.Tensor." + name)
        }
    }

    static func setAttribute(of tensor: TorchTensor, _ name: String, _ value: Object, _ rt: Interpreter) throws -> Bool {
        switch name {
        case "requires_grad":
            guard case .bool(let flag) = value else { throw TorchError.runtime("requires_grad must be a bool") }
            try tensor.setRequiresGrad(flag, byAttribute: true)
            return true
        case "data":
            guard case .native(let native) = value, let other = native as? TorchTensor else {
                throw PyError.type("Variable data has to be a tensor, but got \(rt.typeName(value))")
            }
            tensor.replaceData(with: other)
            return true
        case "grad":
            if given(value) == nil {
                tensor.grad = nil
                return true
            }
            guard case .native(let native) = value, let other = native as? TorchTensor else {
                throw PyError.type("assigned grad expected to be a Tensor or None but got grad of type \(rt.typeName(value))")
            }
            if other.shape != tensor.shape {
                throw TorchError.runtime(
                    "attempting to assign a gradient of size '\(other.shape)' to a tensor of size '\(tensor.shape)'. "
                        + "Please ensure that the gradient and the tensor are the same size")
            }
            if other.dtype != tensor.dtype {
                throw TorchError.runtime(
                    "attempting to assign a gradient with dtype '\(other.dtype.scalarName.lowercased())' to a tensor with "
                        + "grad_dtype '\(tensor.dtype.scalarName)'. The gradient must match the tensor's grad_dtype "
                        + "(defaults to the tensor's dtype). You can set the tensor's grad_dtype attribute with a specific "
                        + "dtype, or None to allow any dtype. Set grad_dtype with caution. Diverging the dtypes of a tensor "
                        + "and its gradient may break downstream systems that assume they match.")
            }
            tensor.grad = other
            return true
        default:
            if name.hasPrefix("_") { return false }
            throw TorchError.unavailable("setting attribute '\(name)' of a torch.Tensor")
        }
    }

    /// A method taking no arguments (`count` 0).
    private static func method(_ name: String, _ count: Int, _ body: @escaping (Arguments) throws -> Object) -> Object {
        .builtin(BuiltinFunction(name) { arguments in
            try arguments.expect(name, count, count)
            return try body(arguments)
        })
    }

    private static func unary(_ op: TensorUnaryOperation, _ tensor: TorchTensor, _ rt: Interpreter) -> Object {
        method(op.methodName, 0) { _ in .native(try TensorArithmetic.unary(op, tensor, rt)) }
    }

    /// An optional argument that was given and is not `None`.
    private static func given(_ argument: Object?) -> Object? {
        guard let argument else { return nil }
        if case .none = argument { return nil }
        return argument
    }

    /// `x.size(d)`, for a dimension that may count from the end, with torch's message when it is out of range.
    private static func size(of shape: [Int], dimension d: Int) throws -> Int {
        let rank = Swift.max(shape.count, 1)
        guard d >= -rank, d < rank else {
            throw PyError.index("Dimension out of range (expected to be in range of [\(-rank), \(rank - 1)], but got \(d))")
        }
        if shape.isEmpty { return 1 }
        return shape[d < 0 ? d + shape.count : d]
    }
}
