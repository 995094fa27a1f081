/// The errors of Gradbook's torch subset, in torch's words where torch has them.
enum TorchError {
    /// What is beyond the subset: `torch.Tensor.matmul is not available in Gradbook's torch subset`.
    static func unavailable(_ piece: String) -> PyError {
        PyError("NotImplementedError", "\(piece) is not available in Gradbook's torch subset")
    }

    /// torch's `RuntimeError`.
    static func runtime(_ message: String) -> PyError { PyError("RuntimeError", message) }

    /// A second `backward()` through a graph whose saved values were freed.
    static let graphFreed = runtime(
        "Trying to backward through the graph a second time (or directly access saved tensors after they have "
            + "already been freed). Saved intermediate values of the graph are freed when you call .backward() or "
            + "autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or "
            + "if you need to access saved tensors after calling backward.")

    /// `backward()` on a tensor that no gradient reaches.
    static let noGradient = runtime("element 0 of tensors does not require grad and does not have a grad_fn")
}
