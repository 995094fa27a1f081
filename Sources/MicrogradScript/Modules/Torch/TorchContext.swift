import Micrograd

/// What one session's `torch` module shares: the engine tape every tensor element lives on, and the types and dtype
/// objects, made once so that `type(x) is torch.Tensor` and `x.dtype is torch.float64` hold.
///
/// The tape is the torch module's own, apart from the one lessons' `Value`s use: a torch graph and a micrograd graph
/// never share a node (mixing them is a `TypeError`, as in Python), and a drawing of one never shows the other.
final class TorchContext {
    let tape = Tape()
    let tensorType: TypeObject
    let dtypeType: TypeObject
    let sizeType: TypeObject
    /// The canonical dtype objects, in `TorchDType.allCases` order.
    private(set) var dtypeObjects: [TorchDTypeObject] = []
    /// The type of each `grad_fn` kind (`TanhBackward0`, …), made when first needed.
    private var gradFunctionTypes: [String: TypeObject] = [:]
    private unowned(unsafe) let rt: Interpreter

    init(_ rt: Interpreter) {
        self.rt = rt
        tensorType = rt.types.native("Tensor", module: "torch")
        dtypeType = rt.types.native("dtype", module: "torch")
        sizeType = rt.types.native("Size", module: "torch")
        dtypeObjects = TorchDType.allCases.map { TorchDTypeObject(type: dtypeType, dtype: $0) }
    }

    /// The one `torch.float32`, `torch.float64` or `torch.int64` object.
    func object(for dtype: TorchDType) -> TorchDTypeObject {
        dtypeObjects.first { $0.dtype == dtype } ?? TorchDTypeObject(type: dtypeType, dtype: dtype)
    }

    /// The type of `grad_fn` objects of one kind, which torch names after the backward function (`TanhBackward0`).
    func gradFunctionType(_ name: String) -> TypeObject {
        if let known = gradFunctionTypes[name] { return known }
        let made = rt.types.native(name, module: "torch.autograd.graph")
        gradFunctionTypes[name] = made
        return made
    }

    /// `torch.Size(shape)`.
    func size(_ shape: [Int]) -> Object { .native(TorchSize(type: sizeType, dimensions: shape)) }
}
