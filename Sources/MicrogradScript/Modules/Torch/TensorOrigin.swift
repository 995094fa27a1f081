/// How a tensor that is not a leaf was made: torch's `grad_fn` node, named as torch names it (`TanhBackward0`),
/// with the tensors it was made from.
///
/// The gradient itself flows through the engine's tape; this record is the tensor-level graph that torch's
/// semantics need on top of it: which leaves receive a `.grad`, `grad_fn`'s name, and whether the graph was freed
/// by a `backward()` without `retain_graph=True`.
final class TensorOrigin {
    /// torch's name for the backward function.
    let name: String
    /// The tensor operands, in order (Python numbers are not tensors and are not here).
    private(set) var inputs: [TorchTensor]
    /// Whether torch's node keeps tensors for its backward (`MulBackward0` does, `AddBackward0` does not): only
    /// such a node refuses a second backward once freed.
    let savesTensors: Bool
    /// Set by a `backward()` without `retain_graph=True`.
    var freed = false

    init(_ name: String, inputs: [TorchTensor], savesTensors: Bool) {
        self.name = name
        self.inputs = inputs
        self.savesTensors = savesTensors
    }

    /// Frees a long chain of tensors (a loop of ten thousand `x = x * 1.01`) one link at a time rather than by
    /// recursive deinitialisation, which would overflow the stack.
    deinit {
        var pending = inputs
        inputs = []
        while var tensor = pending.popLast() {
            guard isKnownUniquelyReferenced(&tensor), var origin = tensor.takeOrigin() else { continue }
            if isKnownUniquelyReferenced(&origin) {
                pending.append(contentsOf: origin.inputs)
                origin.inputs = []
            }
        }
    }
}
