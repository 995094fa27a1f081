/// The data `torch.tensor(data)` and `torch.Tensor(data)` accept in the subset: a Python number (a 0-d tensor), a
/// list or tuple of numbers (1-D), or a tensor (copied). The dtype torch infers: `int64` when every element is an
/// integer, the default `float32` otherwise.
struct TensorData {
    var values: [Double]
    var shape: [Int]
    var inferred: TorchDType

    /// Reads `object`, as `torch.tensor` does (`function` names the caller in messages).
    init(_ object: Object, _ rt: Interpreter, function: String = "torch.tensor") throws {
        switch object {
        case .bool:
            throw TorchError.unavailable("torch.bool tensors")
        case .int(let i):
            (values, shape, inferred) = ([Double(i)], [], .int64)
        case .float(let d):
            (values, shape, inferred) = ([d], [], TorchDType.defaultFloat)
        case .native(let native) where native is TorchTensor:
            guard let tensor = native as? TorchTensor else { throw PyError.type("new(): invalid data type") }
            (values, shape, inferred) = (tensor.values, tensor.shape, tensor.dtype)
        case .list, .tuple:
            let items = try rt.elements(of: object)
            try rt.checkSize(items.count)
            try rt.chargeMade(items.count)
            var values: [Double] = []
            values.reserveCapacity(items.count)
            var allIntegers = true, allBools = !items.isEmpty
            for item in items {
                switch item {
                case .bool(let flag): values.append(flag ? 1 : 0)
                case .int(let i):
                    values.append(Double(i))
                    allBools = false
                case .float(let d):
                    values.append(d)
                    allIntegers = false
                    allBools = false
                case .list, .tuple:
                    throw TorchError.unavailable("tensors of more than one dimension")
                case .native(let native) where native is TorchTensor:
                    throw TorchError.unavailable("\(function) of a list of tensors")
                default:
                    throw PyError.type("new(): invalid data type '\(rt.typeName(item))'")
                }
            }
            if allBools { throw TorchError.unavailable("torch.bool tensors") }
            self.values = values
            shape = [values.count]
            inferred = items.isEmpty ? TorchDType.defaultFloat : (allIntegers ? .int64 : TorchDType.defaultFloat)
        default:
            throw PyError.type("new(): invalid data type '\(rt.typeName(object))'")
        }
    }
}
