/// Leaving the array world: `tolist`, `item`, and `bool(arr)`.
extension NDArray {
    /// `arr.tolist()`: nested lists of Python scalars (a 0-d array gives its scalar).
    public func tolist() -> NestedValues {
        let values = scalars
        guard !shape.isEmpty else { return .scalar(values.first ?? .float64(0)) }
        var next = 0
        func build(_ axis: Int) -> NestedValues {
            if axis == shape.count - 1 {
                let row = values[next..<(next + shape[axis])].map { NestedValues.scalar($0) }
                next += shape[axis]
                return .list(row)
            }
            return .list((0..<shape[axis]).map { _ in build(axis + 1) })
        }
        return build(0)
    }

    /// The elements in C order as float64 values (what a plot reads; bools and ints converted as numpy converts).
    public var doubleValues: [Double] { elements(as: Double.self) }

    /// The elements in C order as numpy scalars of the array's dtype.
    public var scalarValues: [Scalar] { scalars }

    /// `arr.item()`: the only element of a one-element array, or numpy's `ValueError`.
    public func item() throws -> Scalar {
        guard size == 1, let scalar = firstScalar else {
            throw NumPyError.value("can only convert an array of size 1 to a Python scalar")
        }
        return scalar
    }

    /// `arr.item(i)`: the element at flat (C-order) index `i`, negative counting from the end.
    public func item(_ flatIndex: Int) throws -> Scalar {
        let count = size
        guard flatIndex >= -count, flatIndex < count else {
            throw NumPyError.index("index \(flatIndex) is out of bounds for size \(count)")
        }
        return scalars[flatIndex < 0 ? flatIndex + count : flatIndex]
    }

    /// `bool(arr)`: the truth of a one-element array; numpy's `ValueError` for more; `False` for an empty array
    /// (numpy 1.26 also warns that this will become an error).
    public func truth() throws -> Bool {
        if size > 1 {
            throw NumPyError.value(
                "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
        }
        guard let scalar = firstScalar else { return false }
        return Bool(numpyCast: scalar)
    }
}
