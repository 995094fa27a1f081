/// One side of a tensor operation: a tensor, or a Python number, which torch wraps as a 0-d tensor of the lowest
/// priority in type promotion (`float32_tensor * 2.5` stays `float32`; `int64_tensor * 2.5` becomes `float32`).
enum TensorOperand {
    case tensor(TorchTensor)
    case number(Double, integer: Bool)

    /// The operand an object is, or `nil` for anything a tensor does not combine with (a `str`, a `list`, an
    /// engine `Value`): the operation then gives Python's `TypeError`, as torch's does.
    init?(_ object: Object) {
        switch object {
        case .native(let native):
            guard let tensor = native as? TorchTensor else { return nil }
            self = .tensor(tensor)
        case .bool(let flag): self = .number(flag ? 1 : 0, integer: true)
        case .int(let i): self = .number(Double(i), integer: true)
        case .float(let d): self = .number(d, integer: false)
        default: return nil
        }
    }

    /// The shape the operand contributes to broadcasting.
    var shape: [Int] {
        if case .tensor(let tensor) = self { return tensor.shape }
        return []
    }

    var tensor: TorchTensor? {
        if case .tensor(let tensor) = self { return tensor }
        return nil
    }

    /// The dtype of the operation: torch's `result_type`, which ranks tensors with dimensions above 0-d tensors
    /// above Python numbers, and lets a lower rank change the result only from integer to floating.
    static func resultType(_ operands: [TensorOperand]) -> TorchDType {
        var dimensioned: TorchDType?, zeroDimensional: TorchDType?, wrapped: TorchDType?
        func merge(_ into: inout TorchDType?, _ dtype: TorchDType) {
            into = into.map { TorchDType.promoted($0, dtype) } ?? dtype
        }
        for operand in operands {
            switch operand {
            case .tensor(let tensor):
                if tensor.shape.isEmpty { merge(&zeroDimensional, tensor.dtype) } else { merge(&dimensioned, tensor.dtype) }
            case .number(_, let integer):
                merge(&wrapped, integer ? .int64 : TorchDType.defaultFloat)
            }
        }
        let lower = TorchDType.combined(higher: zeroDimensional, lower: wrapped)
        return TorchDType.combined(higher: dimensioned, lower: lower) ?? TorchDType.defaultFloat
    }
}
