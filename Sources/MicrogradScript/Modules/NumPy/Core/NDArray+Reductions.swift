/// numpy's reductions: `sum`, `prod`, `min`, `max`, `any`, `all`, over all axes (`axis: nil`), one axis or several,
/// with `keepdims`. A reduction to 0-d returns a scalar, as numpy does.
extension NDArray {
    /// `arr.sum(axis, keepdims)`: float64 for floats (numpy's pairwise order), int64 for ints and bools.
    public func sum(axis: [Int]? = nil, keepdims: Bool = false) throws -> ArrayOrScalar {
        let layout = try ReductionLayout(self, axes: axis)
        if dtype == .float64 {
            if !layout.isPairwise {
                return layout.result(layout.accumulate(self, initial: 0) { total, x, _ in total + x }, keepdims: keepdims)
            }
            return layout.result(layout.fold(Double.self) { layout.addUp($0) }, keepdims: keepdims)
        }
        return layout.result(layout.fold(Int64.self) { $0.reduce(0, &+) }, keepdims: keepdims)
    }

    /// `arr.prod(axis, keepdims)`: multiplied one element at a time from 1, in numpy's visiting order.
    public func prod(axis: [Int]? = nil, keepdims: Bool = false) throws -> ArrayOrScalar {
        let layout = try ReductionLayout(self, axes: axis)
        if dtype == .float64 {
            return layout.result(layout.accumulate(self, initial: 1) { product, x, _ in product * x }, keepdims: keepdims)
        }
        return layout.result(layout.fold(Int64.self) { $0.reduce(1, &*) }, keepdims: keepdims)
    }

    /// `arr.max(axis, keepdims)`: NaN if any element is NaN; numpy's `ValueError` for an empty reduction.
    public func max(axis: [Int]? = nil, keepdims: Bool = false) throws -> ArrayOrScalar {
        try extreme(axis: axis, keepdims: keepdims, name: "maximum", larger: true)
    }

    /// `arr.min(axis, keepdims)`: NaN if any element is NaN; numpy's `ValueError` for an empty reduction.
    public func min(axis: [Int]? = nil, keepdims: Bool = false) throws -> ArrayOrScalar {
        try extreme(axis: axis, keepdims: keepdims, name: "minimum", larger: false)
    }

    /// `arr.any(axis, keepdims)`.
    public func any(axis: [Int]? = nil, keepdims: Bool = false) throws -> ArrayOrScalar {
        let layout = try ReductionLayout(self, axes: axis)
        return layout.result(layout.fold(Bool.self) { $0.contains(true) }, keepdims: keepdims)
    }

    /// `arr.all(axis, keepdims)`.
    public func all(axis: [Int]? = nil, keepdims: Bool = false) throws -> ArrayOrScalar {
        let layout = try ReductionLayout(self, axes: axis)
        return layout.result(layout.fold(Bool.self) { !$0.contains(false) }, keepdims: keepdims)
    }

    private func extreme(axis: [Int]?, keepdims: Bool, name: String, larger: Bool) throws -> ArrayOrScalar {
        let layout = try ReductionLayout(self, axes: axis)
        if layout.segmentLength == 0, layout.outputCount > 0 {
            throw NumPyError.value("zero-size array to reduction operation \(name) which has no identity")
        }
        switch dtype {
        case .float64:
            return layout.result(
                layout.fold(Double.self) { values in
                    var best = values[0]
                    for x in values.dropFirst() {
                        let keep = larger ? (best > x || best.isNaN) : (best < x || best.isNaN)
                        if !keep { best = x }
                    }
                    return best
                }, keepdims: keepdims)
        case .int64:
            return layout.result(
                layout.fold(Int64.self) { values in
                    (larger ? values.max() : values.min()) ?? 0
                }, keepdims: keepdims)
        case .bool:
            return layout.result(
                layout.fold(Bool.self) { values in larger ? values.contains(true) : !values.contains(false) },
                keepdims: keepdims)
        }
    }
}

extension ReductionLayout {
    /// `body` applied to each output's run of elements (as `Element`, in visiting order), as a flat array of the
    /// outputs.
    func fold<Element: ArrayElement, Result: ArrayElement>(
        _ type: Element.Type, _ body: (UnsafeBufferPointer<Element>) -> Result
    ) -> NDArray {
        let length = segmentLength
        let values = ordered.withElements(as: type) { all in
            (0..<outputCount).map { o in
                body(UnsafeBufferPointer(rebasing: all[(o * length)..<((o + 1) * length)]))
            }
        }
        return NDArray(contiguous: values, shape: [outputCount])
    }
}
