/// `torch.float32`, `torch.float64` and `torch.int64` (also `torch.float`, `torch.double`, `torch.long`): the
/// objects `x.dtype` gives and `dtype=` takes. One per session and type, so `is` compares them as in torch.
final class TorchDTypeObject: NativeObject {
    let dtype: TorchDType

    init(type: TypeObject, dtype: TorchDType) {
        self.dtype = dtype
        super.init(type: type)
    }

    override func attribute(_ name: String, _ rt: Interpreter) throws -> Object? {
        switch name {
        case "is_floating_point": return .bool(dtype.isFloatingPoint)
        case "is_complex": return .bool(false)
        case "is_signed": return .bool(true)
        case "itemsize": return .int(dtype.itemSize)
        default:
            if name.hasPrefix("_") { return nil }
            throw TorchError.unavailable("torch.dtype." + name)
        }
    }

    override func repr(_ rt: Interpreter) throws -> String { dtype.name }
}
