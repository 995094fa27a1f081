/// numpy's `ndarray` for `float64`, `int64` and `bool`: a shape, strides and an offset over a shared buffer.
///
/// ```swift
/// let x = try NDArray.arange(.float64(-5), .float64(5), .float64(0.25))
/// x.shape             // [40]
/// x.repr              // "array([-5.  , -4.75, -4.5 , ..."
/// let column = try X.get([.slice(), .integer(0)])   // a view: writing through it changes X
/// ```
///
/// Basic indexing, `T`, `reshape` (when the layout allows) and `ravel` (when contiguous) give views over the same
/// buffer; advanced indexing, `flatten`, `copy` and `astype` copy, as numpy does. Operations that compute new
/// values always produce C-contiguous arrays. Strides and offset count elements, not bytes.
public struct NDArray {
    let storage: ArrayStorage
    /// The length of each axis.
    public let shape: [Int]
    let strides: [Int]
    let offset: Int

    init(storage: ArrayStorage, shape: [Int], strides: [Int], offset: Int) {
        self.storage = storage
        self.shape = shape
        self.strides = strides
        self.offset = offset
    }

    /// A new C-contiguous array over `elements` (whose count the caller has checked against the limit).
    init<Element: ArrayElement>(contiguous elements: [Element], shape: [Int]) {
        self.init(
            storage: Element.storage(ElementBuffer(elements)), shape: shape,
            strides: ArrayShape.contiguousStrides(shape), offset: 0)
    }

    /// A 0-d array holding `scalar` (what numpy makes of a scalar operand).
    public init(scalar: Scalar) {
        switch scalar {
        case .bool(let b): self.init(contiguous: [b], shape: [])
        case .int64(let i): self.init(contiguous: [i], shape: [])
        case .float64(let d): self.init(contiguous: [d], shape: [])
        }
    }

    /// A float64 array of `shape` from `values` in C order.
    public init(_ values: [Double], shape: [Int]) throws { try self.init(checked: values, shape: shape) }

    /// An int64 array of `shape` from `values` in C order.
    public init(_ values: [Int64], shape: [Int]) throws { try self.init(checked: values, shape: shape) }

    /// A bool array of `shape` from `values` in C order.
    public init(_ values: [Bool], shape: [Int]) throws { try self.init(checked: values, shape: shape) }

    private init<Element: ArrayElement>(checked values: [Element], shape: [Int]) throws {
        let count = try ElementLimit.checkedCount(shape, dtype: Element.dtype)
        guard count == values.count else {
            throw NumPyError.value("cannot reshape array of size \(values.count) into shape \(ArrayShape.repr(shape))")
        }
        self.init(contiguous: values, shape: shape)
    }

    /// The number of axes (`arr.ndim`).
    public var ndim: Int { shape.count }

    /// The number of elements (`arr.size`).
    public var size: Int { ArrayShape.count(shape) }

    /// The element type (`arr.dtype`).
    public var dtype: DType { storage.dtype }

    /// The transpose (`arr.T`): a view with the axes reversed.
    public var T: NDArray {
        NDArray(storage: storage, shape: shape.reversed(), strides: strides.reversed(), offset: offset)
    }

    /// Whether the elements sit in C order, one after another, from `offset` (axes of length 1 may have any
    /// stride, as in numpy).
    var isContiguous: Bool {
        var expected = 1
        for axis in shape.indices.reversed() where shape[axis] != 1 {
            if shape[axis] == 0 { return true }
            if strides[axis] != expected { return false }
            expected *= shape[axis]
        }
        return true
    }

    /// Whether `other` is a view of the same memory.
    func sharesBuffer(with other: NDArray) -> Bool { storage.isSameBuffer(as: other.storage) }
}
