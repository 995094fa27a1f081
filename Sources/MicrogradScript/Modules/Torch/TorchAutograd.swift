import Micrograd

/// `tensor.backward()` with torch's semantics, computed by the engine's backward sweep.
///
/// The engine accumulates gradients into every node of the root's subgraph, micrograd's way. torch instead computes
/// fresh gradients for each backward pass and accumulates only into the `.grad` of leaves that require one. So:
/// the subgraph's engine gradients are reset first (to -0.0, the additive identity, so that a lone contribution of
/// -0.0 stays -0.0 as in torch), the engine sweeps from the root, and each such leaf then receives its elements'
/// gradients, rounded to its dtype: the first time as a new tensor, afterwards added in place, as torch's
/// `AccumulateGrad` does.
enum TorchAutograd {
    static func backward(_ root: TorchTensor, retainGraph: Bool, _ rt: Interpreter) throws {
        guard root.requiresGrad else { throw TorchError.noGradient }
        guard root.count == 1, let output = root.elements.first else {
            throw TorchError.runtime("grad can be implicitly created only for scalar outputs")
        }
        let (origins, leaves) = graph(of: root)
        if origins.contains(where: { $0.freed && $0.savesTensors }) { throw TorchError.graphFreed }
        try resetGradients(from: output, rt)
        for leaf in leaves { for element in leaf.elements { element.grad = -0.0 } }
        output.backward()
        for leaf in leaves {
            let gradients = leaf.elements.map { leaf.dtype.rounded($0.grad) }
            if let existing = leaf.grad {
                existing.overwrite(zip(existing.values, gradients).map(+))
            } else {
                leaf.grad = .leaf(gradients, dtype: leaf.dtype, shape: leaf.shape, context: leaf.context)
            }
        }
        if !retainGraph {
            for origin in origins { origin.freed = true }
        }
    }

    /// The tensor-level graph behind `root`: the operations it passed through, and the leaves that require a
    /// gradient, each once, in the order a depth-first walk from the root meets them.
    private static func graph(of root: TorchTensor) -> (origins: [TensorOrigin], leaves: [TorchTensor]) {
        var origins: [TensorOrigin] = [], leaves: [TorchTensor] = []
        var seen: Set<ObjectIdentifier> = [ObjectIdentifier(root)]
        var pending = [root]
        while let tensor = pending.popLast() {
            guard tensor.requiresGrad else { continue }
            guard let origin = tensor.origin else {
                leaves.append(tensor)
                continue
            }
            origins.append(origin)
            for input in origin.inputs where seen.insert(ObjectIdentifier(input)).inserted {
                pending.append(input)
            }
        }
        return (origins, leaves)
    }

    /// Sets the engine gradient of every node that `output` depends on to -0.0.
    private static func resetGradients(from output: Value, _ rt: Interpreter) throws {
        var visited: [Value] = [output]
        var seen: Set<ObjectIdentifier> = [ObjectIdentifier(output)]
        var next = 0
        while next < visited.count {
            let value = visited[next]
            next += 1
            value.grad = -0.0
            for child in value.children where seen.insert(ObjectIdentifier(child)).inserted {
                visited.append(child)
            }
        }
        try rt.charge(visited.count)
    }
}
