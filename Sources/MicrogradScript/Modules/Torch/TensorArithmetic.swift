import Micrograd

/// Tensor operations as nodes on the engine's tape: one engine operation per element (`+`, `*`, `pow`, `tanh`,
/// `exp`, `sigmoid`, `relu`), so that the engine's backward sweep computes every gradient. Each node's value is
/// then set to what torch computes in the result's dtype (see `TorchForward`).
///
/// Only a result that requires a gradient gets operation nodes; any other result is a fresh leaf holding torch's
/// values, since no gradient can ever flow through it.
enum TensorArithmetic {
    /// `lhs op rhs`, with torch's type promotion and broadcasting of 0-d and one-element tensors.
    static func binary(
        _ op: TensorBinaryOperation, _ lhs: TensorOperand, _ rhs: TensorOperand, _ context: TorchContext,
        _ rt: Interpreter
    ) throws -> TorchTensor {
        if op == .power {
            guard lhs.tensor != nil else { throw TorchError.unavailable("torch.Tensor.__rpow__") }
            guard rhs.tensor == nil else { throw TorchError.unavailable("torch.pow with a tensor exponent") }
        }
        if op == .divide, case .number(let number, let integer) = lhs, let tensor = rhs.tensor {
            // torch's `__rtruediv__` is `self.reciprocal() * other`.
            let reciprocal = try unary(.reciprocal, tensor, rt)
            return try binary(.multiply, .tensor(reciprocal), .number(number, integer: integer), context, rt)
        }
        var dtype = TensorOperand.resultType([lhs, rhs])
        if op == .divide, dtype == .int64 { dtype = TorchDType.defaultFloat }
        let shape = try broadcast(lhs.shape, rhs.shape)
        let count = shape.first ?? 1
        try rt.checkSize(count)
        try rt.chargeMade(count)
        var values: [Double] = []
        values.reserveCapacity(count)
        for i in 0..<count {
            values.append(try TorchForward.binary(op, element(lhs, i, dtype), element(rhs, i, dtype), dtype))
        }
        let inputs = [lhs.tensor, rhs.tensor].compactMap { $0 }
        guard dtype.isFloatingPoint, inputs.contains(where: \.requiresGrad) else {
            return .leaf(values, dtype: dtype, shape: shape, context: context)
        }
        let tape = context.tape
        let left = operandNodes(lhs, dtype, tape), right = operandNodes(rhs, dtype, tape)
        var elements: [Value] = []
        elements.reserveCapacity(count)
        for i in 0..<count {
            let a = left[left.count == 1 ? 0 : i], b = right[right.count == 1 ? 0 : i]
            let node: Value
            switch op {
            case .add: node = a + b
            case .subtract: node = a - b
            case .multiply: node = a * b
            case .divide: node = a / b
            case .power:
                guard case .number(let k, let integer) = rhs else { throw TorchError.unavailable("torch.pow") }
                node = integer && Swift.abs(k) < 9.007199254740992e15 ? a.pow(Int(k)) : a.pow(k)
            }
            node.data = values[i]
            elements.append(node)
        }
        let numberOnLeft = lhs.tensor == nil
        let origin = TensorOrigin(op.backwardName(numberOnLeft: numberOnLeft), inputs: inputs, savesTensors: op.savesTensors)
        return TorchTensor(
            context: context, dtype: dtype, shape: shape, elements: elements, requiresGrad: true, origin: origin)
    }

    /// An operation on each element of `tensor`.
    static func unary(_ op: TensorUnaryOperation, _ tensor: TorchTensor, _ rt: Interpreter) throws -> TorchTensor {
        let dtype = op.makesFloat && !tensor.dtype.isFloatingPoint ? TorchDType.defaultFloat : tensor.dtype
        try rt.chargeMade(tensor.count)
        let values = tensor.elements.map { TorchForward.unary(op, dtype.rounded($0.data), dtype) }
        guard tensor.requiresGrad else { return .leaf(values, dtype: dtype, shape: tensor.shape, context: tensor.context) }
        var elements: [Value] = []
        elements.reserveCapacity(values.count)
        for (element, value) in zip(tensor.elements, values) {
            let node: Value
            switch op {
            case .negate: node = -element
            case .tanh: node = element.tanh()
            case .exp: node = element.exp()
            case .sigmoid: node = element.sigmoid()
            case .relu: node = element.relu()
            case .reciprocal: node = element.pow(-1)
            }
            node.data = value
            elements.append(node)
        }
        let origin = TensorOrigin(op.backwardName, inputs: [tensor], savesTensors: op.savesTensors)
        return TorchTensor(
            context: tensor.context, dtype: dtype, shape: tensor.shape, elements: elements, requiresGrad: true,
            origin: origin)
    }

    /// `x.double()`, `x.float()`: the same tensor when it already has `dtype`, else a converted copy that passes
    /// gradients through (`ToCopyBackward0`).
    static func converted(_ tensor: TorchTensor, to dtype: TorchDType, _ rt: Interpreter) throws -> TorchTensor {
        if tensor.dtype == dtype { return tensor }
        try rt.chargeMade(tensor.count)
        let values = tensor.values.map(dtype.rounded)
        guard tensor.requiresGrad, dtype.isFloatingPoint else {
            return .leaf(values, dtype: dtype, shape: tensor.shape, context: tensor.context)
        }
        let origin = TensorOrigin("ToCopyBackward0", inputs: [tensor], savesTensors: false)
        return passingGradients(tensor.elements, values, dtype: dtype, shape: tensor.shape, origin, tensor.context)
    }

    /// `x[i]`: element `i` as a 0-d tensor (`SelectBackward0`).
    static func select(_ tensor: TorchTensor, _ index: Int, _ rt: Interpreter) throws -> TorchTensor {
        guard let size = tensor.shape.first else {
            throw PyError.index(
                "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to "
                    + "convert a 0-dim tensor to a number")
        }
        let position = index < 0 ? index + size : index
        guard position >= 0, position < size else {
            throw PyError.index("index \(index) is out of bounds for dimension 0 with size \(size)")
        }
        let element = tensor.elements[position]
        guard tensor.requiresGrad else { return .leaf([element.data], dtype: tensor.dtype, shape: [], context: tensor.context) }
        let origin = TensorOrigin("SelectBackward0", inputs: [tensor], savesTensors: false)
        return passingGradients([element], [element.data], dtype: tensor.dtype, shape: [], origin, tensor.context)
    }

    /// `list(x)`: the elements as 0-d tensors, which share one `UnbindBackward0`.
    static func unbind(_ tensor: TorchTensor, _ rt: Interpreter) throws -> [TorchTensor] {
        try rt.chargeMade(tensor.count)
        guard tensor.requiresGrad else {
            return tensor.elements.map { .leaf([$0.data], dtype: tensor.dtype, shape: [], context: tensor.context) }
        }
        let origin = TensorOrigin("UnbindBackward0", inputs: [tensor], savesTensors: false)
        return tensor.elements.map {
            passingGradients([$0], [$0.data], dtype: tensor.dtype, shape: [], origin, tensor.context)
        }
    }

    /// A tensor whose elements are `sources` times one on the engine (so gradients pass unchanged), holding `values`.
    private static func passingGradients(
        _ sources: [Value], _ values: [Double], dtype: TorchDType, shape: [Int], _ origin: TensorOrigin,
        _ context: TorchContext
    ) -> TorchTensor {
        var elements: [Value] = []
        for (source, value) in zip(sources, values) {
            let node = source * 1.0
            node.data = value
            elements.append(node)
        }
        return TorchTensor(
            context: context, dtype: dtype, shape: shape, elements: elements, requiresGrad: true, origin: origin)
    }

    /// The shape of an elementwise result: equal sizes, or a size 1 (or 0-d) side repeated.
    static func broadcast(_ a: [Int], _ b: [Int]) throws -> [Int] {
        guard let n = a.first else { return b }
        guard let m = b.first else { return a }
        if n == m || m == 1 { return a }
        if n == 1 { return b }
        throw TorchError.runtime(
            "The size of tensor a (\(n)) must match the size of tensor b (\(m)) at non-singleton dimension 0")
    }

    /// Element `i` of an operand (a number, or a one-element tensor, repeats), converted to `dtype`.
    private static func element(_ operand: TensorOperand, _ i: Int, _ dtype: TorchDType) -> Double {
        switch operand {
        case .number(let number, _): return dtype.rounded(number)
        case .tensor(let tensor):
            let elements = tensor.elements
            return dtype.rounded(elements[elements.count == 1 ? 0 : i].data)
        }
    }

    /// The engine values of an operand: a tensor's elements, or one new leaf holding a number (as micrograd's
    /// `Value(other)` makes one), rounded to `dtype`.
    private static func operandNodes(_ operand: TensorOperand, _ dtype: TorchDType, _ tape: Tape) -> [Value] {
        switch operand {
        case .number(let number, _): return [tape.value(dtype.rounded(number))]
        case .tensor(let tensor): return tensor.elements
        }
    }
}
