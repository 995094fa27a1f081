import Micrograd

/// `torch.Tensor` of Gradbook's torch subset: a 0-d or 1-D tensor whose elements are values on the engine's tape.
///
/// ```python
/// x = torch.Tensor([2.0]).double(); x.requires_grad = True
/// o = torch.tanh(x * -3.0 + 6.8813735870195432)
/// o.backward()
/// x.grad    # tensor([-1.5000], dtype=torch.float64)
/// ```
///
/// Each element is an engine `Value`; an operation builds its nodes with the engine's operations, so the engine's
/// backward sweep computes the gradients. On top of that, a tensor keeps what torch's semantics need: its dtype
/// (elements of a `float32` tensor are rounded to `Float` after every operation), its shape, whether it requires a
/// gradient, how it was made (`grad_fn`), and its `.grad` (leaves only).
final class TorchTensor: NativeObject {
    let context: TorchContext
    private(set) var dtype: TorchDType
    /// `[]` for a 0-d tensor, `[n]` for a 1-D one.
    private(set) var shape: [Int]
    /// One engine value per element, in order.
    private(set) var elements: [Value]
    private(set) var requiresGrad: Bool
    /// How an operation made this tensor; `nil` for a leaf.
    private(set) var origin: TensorOrigin?
    /// `x.grad`: set on leaves that require a gradient by `backward()`.
    var grad: TorchTensor?
    /// The `grad_fn` object, made on first request so that `x.grad_fn is x.grad_fn`.
    private var gradFunctionObject: TorchGradFunction?

    init(
        context: TorchContext, dtype: TorchDType, shape: [Int], elements: [Value], requiresGrad: Bool = false,
        origin: TensorOrigin? = nil
    ) {
        self.context = context
        self.dtype = dtype
        self.shape = shape
        self.elements = elements
        self.requiresGrad = requiresGrad
        self.origin = origin
        super.init(type: context.tensorType)
    }

    /// A new leaf holding `values`, each rounded to `dtype`, on fresh engine leaves.
    static func leaf(_ values: [Double], dtype: TorchDType, shape: [Int], context: TorchContext) -> TorchTensor {
        let elements = values.map { context.tape.value(dtype.rounded($0)) }
        return TorchTensor(context: context, dtype: dtype, shape: shape, elements: elements)
    }

    /// The number of elements (`numel()`).
    var count: Int { elements.count }
    /// The elements' values.
    var values: [Double] { elements.map(\.data) }
    /// `x.is_leaf`: made by the lesson, not by an operation that records a gradient.
    var isLeaf: Bool { origin == nil }

    /// Hands over `origin` (for the iterative release of long chains in `TensorOrigin.deinit`).
    func takeOrigin() -> TensorOrigin? {
        defer { origin = nil }
        return origin
    }

    /// `x.requires_grad_(flag)` (and, with its own wording, `x.requires_grad = flag`), with torch's checks: the
    /// attribute of a computed tensor cannot be set at all, while the method may turn it on (it already is).
    func setRequiresGrad(_ flag: Bool, byAttribute: Bool = false) throws {
        if !isLeaf, byAttribute || !flag {
            let leafOnly = "you can only change requires_grad flags of leaf variables."
            throw TorchError.runtime(
                flag ? leafOnly : leafOnly + " If you want to use a computed variable in a subgraph that doesn't "
                    + "require differentiation use var_no_grad = var.detach().")
        }
        if !isLeaf { return }
        if flag, !dtype.isFloatingPoint {
            let dtypes = byAttribute ? "floating point and complex dtype" : "floating point dtype"
            throw TorchError.runtime("only Tensors of \(dtypes) can require gradients")
        }
        requiresGrad = flag
    }

    /// `x.data = other`: this tensor now holds a copy of `other`'s values, dtype and shape, on fresh engine leaves.
    func replaceData(with other: TorchTensor) {
        dtype = other.dtype
        shape = other.shape
        elements = other.values.map { context.tape.value($0) }
    }

    /// `x.zero_()` and the in-place half of gradient accumulation: writes new values into the same elements.
    func overwrite(_ values: [Double]) {
        for (element, value) in zip(elements, values) { element.data = dtype.rounded(value) }
    }

    /// The `grad_fn` object, or `None` for a leaf.
    var gradFunction: Object {
        guard let origin else { return .none }
        if let known = gradFunctionObject { return .native(known) }
        let made = TorchGradFunction(type: context.gradFunctionType(origin.name), name: origin.name)
        gradFunctionObject = made
        return .native(made)
    }

    /// A new leaf with the same values that records no gradient: `x.data` and `x.detach()`.
    func detached() -> TorchTensor { .leaf(values, dtype: dtype, shape: shape, context: context) }

    /// The one element as a Python number (`x.item()`).
    func item() throws -> Object {
        guard count == 1, let value = elements.first?.data else {
            throw TorchError.runtime("a Tensor with \(count) elements cannot be converted to Scalar")
        }
        return dtype == .int64 ? .int(TorchDType.integer(value)) : .float(value)
    }

    // MARK: The object protocol

    override func attribute(_ name: String, _ rt: Interpreter) throws -> Object? {
        try TensorAttributes.attribute(of: self, name, rt)
    }

    override func setAttribute(_ name: String, _ value: Object, _ rt: Interpreter) throws -> Bool {
        try TensorAttributes.setAttribute(of: self, name, value, rt)
    }

    override func repr(_ rt: Interpreter) throws -> String { TensorPrinter.repr(self) }

    override func binary(_ op: BinaryOperator, _ other: Object, reflected: Bool, _ rt: Interpreter) throws -> Object {
        guard let operand = TensorOperand(other) else { return .notImplemented }
        let (lhs, rhs) = reflected ? (operand, TensorOperand.tensor(self)) : (.tensor(self), operand)
        let operation: TensorBinaryOperation
        switch op {
        case .add: operation = .add
        case .subtract: operation = .subtract
        case .multiply: operation = .multiply
        case .divide: operation = .divide
        case .power: operation = .power
        case .matrixMultiply, .floorDivide, .modulo, .shiftLeft, .shiftRight, .bitAnd, .bitOr, .bitXor:
            throw TorchError.unavailable("torch.Tensor." + (reflected ? op.reflectedMethodName : op.methodName))
        }
        return .native(try TensorArithmetic.binary(operation, lhs, rhs, context, rt))
    }

    override func unary(_ op: UnaryOperator, _ rt: Interpreter) throws -> Object? {
        switch op {
        case .negate: return .native(try TensorArithmetic.unary(.negate, self, rt))
        case .plus: return .native(self)
        case .invert: throw TorchError.unavailable("torch.Tensor.__invert__")
        case .not: return nil
        }
    }

    override func compare(_ op: ComparisonOperator, _ other: Object, _ rt: Interpreter) throws -> Object {
        guard TensorOperand(other) != nil else { return .notImplemented }
        throw TorchError.unavailable("comparing tensors with \(op.rawValue) (torch gives a bool tensor)")
    }

    override func truth(_ rt: Interpreter) throws -> Bool? {
        guard count == 1, let value = elements.first?.data else {
            throw TorchError.runtime(
                count == 0
                    ? "Boolean value of Tensor with no values is ambiguous"
                    : "Boolean value of Tensor with more than one value is ambiguous")
        }
        return value != 0
    }

    override func length(_ rt: Interpreter) throws -> Int? {
        guard let first = shape.first else { throw PyError.type("len() of a 0-d tensor") }
        return first
    }

    override func item(_ key: Object, _ rt: Interpreter) throws -> Object? {
        guard key.isIntLike, let index = key.asInt else {
            throw TorchError.unavailable("indexing a torch.Tensor with \(rt.typeName(key))")
        }
        return .native(try TensorArithmetic.select(self, index, rt))
    }

    override func elements(_ rt: Interpreter) throws -> [Object]? {
        guard !shape.isEmpty else { throw PyError.type("iteration over a 0-d tensor") }
        return try TensorArithmetic.unbind(self, rt).map { .native($0) }
    }

    override func format(_ spec: String, _ rt: Interpreter) throws -> String? {
        guard shape.isEmpty else {
            if spec.isEmpty { return nil }
            throw PyError.type("unsupported format string passed to Tensor.__format__")
        }
        return try FormatSpec.format(try item(), spec: spec)
    }
}
