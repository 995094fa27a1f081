/// `np.c_` and `np.r_`: objects one subscripts to join arrays, `np.c_[xx.ravel(), yy.ravel()]` (1-D items become
/// columns) and `np.r_[a, b]` (joined along the first axis). In `np.r_`, a slice with an integer or float step is
/// `np.arange` (`np.r_[0:5]`); complex steps and string directives are refused.
final class ConcatenatorObject: NativeObject {
    /// Whether this is `np.c_` (columns) rather than `np.r_` (rows).
    let columns: Bool

    init(columns: Bool, type: TypeObject) {
        self.columns = columns
        super.init(type: type)
    }

    override func item(_ key: Object, _ rt: Interpreter) throws -> Object? {
        let keys: [Object]
        if case .tuple(let tuple) = key { keys = tuple.items } else { keys = [key] }
        let arrays = try keys.map { try array(from: $0, rt) }
        return try rt.object(try rt.numpy {
            columns ? try NDArray.columnConcatenate(arrays) : try NDArray.rowConcatenate(arrays)
        })
    }

    private func array(from item: Object, _ rt: Interpreter) throws -> NDArray {
        if case .string = item {
            throw PyError.value("np.\(columns ? "c_" : "r_")[…]: Gradbook does not read string directives")
        }
        guard case .native(let native) = item, let slice = native as? SliceObject else { return try rt.asArray(item) }
        func scalar(_ object: Object, _ fallback: Scalar?) throws -> Scalar? {
            if case .none = object { return fallback }
            guard case .scalar(let value)? = try rt.arrayOperand(object) else {
                throw PyError.type("slice indices must be numbers in np.r_ and np.c_")
            }
            return value
        }
        guard let stop = try scalar(slice.stop, nil) else {
            throw PyError.value("np.\(columns ? "c_" : "r_")[…]: a slice needs a stop")
        }
        let start = try scalar(slice.start, .int64(0)) ?? .int64(0)
        let step = try scalar(slice.step, .int64(1)) ?? .int64(1)
        return try rt.numpy { try NDArray.arange(start: start, stop: stop, step: step) }
    }

    override func repr(_ rt: Interpreter) throws -> String {
        "<numpy.lib.index_tricks.\(columns ? "CClass" : "RClass") object at \(rt.address(of: self))>"
    }
}
