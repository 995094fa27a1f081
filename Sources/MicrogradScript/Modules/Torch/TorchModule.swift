/// `import torch`: the subset the micrograd lecture and micrograd's `test_engine.py` use, computed on the engine.
///
/// `torch.Tensor(list)`, `torch.tensor(data, dtype=None, requires_grad=False)`, the dtypes `float32` (`float`),
/// `float64` (`double`) and `int64` (`long`), `torch.Size`, `torch.tanh`, `torch.exp`, `torch.sigmoid`,
/// `torch.relu`, `torch.neg`, `torch.sum` and `torch.is_tensor`. Any other name is a `NotImplementedError` saying it
/// is beyond the subset, through the module's `__getattr__` (PEP 562), so `torch.matmul` fails where it is used
/// (names with a leading underscore stay `AttributeError`s).
enum TorchModule {
    static func make(_ rt: Interpreter) -> ModuleObject {
        unowned(unsafe) let rt = rt
        let context = TorchContext(rt)
        unowned let weakContext = context
        context.tensorType.construct = { arguments in .native(try legacyConstructor(arguments, weakContext, rt)) }
        context.sizeType.construct = { arguments in
            try arguments.expect("Size", 0, 1)
            let items = try arguments.positional.first.map { try rt.elements(of: $0) } ?? []
            let dimensions = try items.map { item -> Int in
                guard item.isIntLike, let d = item.asInt else {
                    throw PyError.type("torch.Size() takes an iterable of 'int' (item 0 is '\(rt.typeName(item))')")
                }
                return d
            }
            return weakContext.size(dimensions)
        }
        func function(_ name: String, _ body: @escaping (Arguments) throws -> Object) -> (String, Object) {
            (name, .builtin(BuiltinFunction("torch." + name, body)))
        }
        func elementwise(_ op: TensorUnaryOperation) -> (String, Object) {
            function(op.methodName) { arguments in
                try arguments.expect(op.methodName, 1, 1)
                return .native(try TensorArithmetic.unary(op, try tensorArgument(arguments, op.methodName, rt), rt))
            }
        }
        var entries: [(String, Object)] = [
            ("Tensor", .type(context.tensorType)), ("Size", .type(context.sizeType)), ("dtype", .type(context.dtypeType)),
            ("float32", .native(context.object(for: .float32))), ("float", .native(context.object(for: .float32))),
            ("float64", .native(context.object(for: .float64))), ("double", .native(context.object(for: .float64))),
            ("int64", .native(context.object(for: .int64))), ("long", .native(context.object(for: .int64))),
            elementwise(.tanh), elementwise(.exp), elementwise(.sigmoid), elementwise(.relu), elementwise(.negate),
            function("tensor") { arguments in .native(try tensor(arguments, context, rt)) },
            function("sum") { arguments in
                try arguments.expect("sum", 1, 3, keywords: ["dim", "keepdim", "dtype"])
                let rest = Arguments(Array(arguments.positional.dropFirst()), keywords: arguments.keywords)
                return .native(try TensorSum.sum(try tensorArgument(arguments, "sum", rt), rest, rt))
            },
            function("is_tensor") { arguments in
                try arguments.expect("is_tensor", 1, 1)
                guard case .native(let native) = arguments.positional[0] else { return .bool(false) }
                return .bool(native is TorchTensor)
            },
        ]
        entries.append(
            function("__getattr__") { arguments in
                try arguments.expect("__getattr__", 1, 1)
                let name = try rt.str(arguments.positional[0])
                if name.hasPrefix("_") { throw PyError("AttributeError", "module 'torch' has no attribute '\(name)'") }
                throw TorchError.unavailable("torch." + name)
            })
        return ModuleObject(name: "torch", attributes: Dictionary(uniqueKeysWithValues: entries))
    }

    /// `torch.tensor(data, dtype=None, requires_grad=False)`.
    static func tensor(_ arguments: Arguments, _ context: TorchContext, _ rt: Interpreter) throws -> TorchTensor {
        try arguments.expect("tensor", 1, 1, keywords: ["dtype", "requires_grad"])
        let data = try TensorData(arguments.positional[0], rt)
        var dtype = data.inferred
        if let requested = arguments.keyword("dtype") {
            switch requested {
            case .none: break
            case .native(let native) where native is TorchDTypeObject:
                dtype = (native as? TorchDTypeObject)?.dtype ?? dtype
            default:
                throw PyError.type("tensor(): argument 'dtype' must be torch.dtype, not \(rt.typeName(requested))")
            }
        }
        let made = TorchTensor.leaf(data.values, dtype: dtype, shape: data.shape, context: context)
        if let flag = arguments.keyword("requires_grad"), try rt.truth(flag) {
            guard dtype.isFloatingPoint else {
                throw TorchError.runtime("Only Tensors of floating point and complex dtype can require gradients")
            }
            try made.setRequiresGrad(true)
        }
        return made
    }

    /// `torch.Tensor(data)`: always the default `float32`, and only from a sequence.
    static func legacyConstructor(_ arguments: Arguments, _ context: TorchContext, _ rt: Interpreter) throws -> TorchTensor {
        try arguments.expect("Tensor", 0, 1)
        guard let data = arguments.positional.first else {
            return .leaf([], dtype: TorchDType.defaultFloat, shape: [0], context: context)
        }
        switch data {
        case .list, .tuple:
            let read = try TensorData(data, rt, function: "torch.Tensor")
            return .leaf(read.values, dtype: TorchDType.defaultFloat, shape: read.shape, context: context)
        case .int, .bool:
            throw TorchError.unavailable("torch.Tensor(size) (a tensor of uninitialised memory)")
        case .native(let native) where native is TorchTensor:
            throw TorchError.unavailable("torch.Tensor(tensor)")
        default:
            throw PyError.type("new(): data must be a sequence (got \(rt.typeName(data)))")
        }
    }

    /// The one tensor argument of `torch.tanh(x)` and friends, with torch's complaint about anything else.
    private static func tensorArgument(_ arguments: Arguments, _ name: String, _ rt: Interpreter) throws -> TorchTensor {
        let argument = arguments.positional[0]
        guard case .native(let native) = argument, let tensor = native as? TorchTensor else {
            throw PyError.type("\(name)(): argument 'input' (position 1) must be Tensor, not \(rt.typeName(argument))")
        }
        return tensor
    }
}
