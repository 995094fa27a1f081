/// A Swift type that holds one element of an array: `Bool`, `Int64` or `Double`. Kernels are written once,
/// generically over it, and the compiler specialises them for each dtype.
protocol ArrayElement {
    /// The numpy dtype of this element type.
    static var dtype: DType { get }
    /// The storage case holding a buffer of this type.
    static func storage(_ buffer: ElementBuffer<Self>) -> ArrayStorage
    /// The buffer in `storage` if it holds this type.
    static func buffer(in storage: ArrayStorage) -> ElementBuffer<Self>?
    /// numpy's cast from a bool.
    init(numpyBool value: Bool)
    /// numpy's cast from an int64.
    init(numpyInt value: Int64)
    /// numpy's cast from a float64.
    init(numpyDouble value: Double)
    /// The element as a numpy scalar.
    var scalar: Scalar { get }
    /// The element cast to another element type.
    func converted<Target: ArrayElement>(to: Target.Type) -> Target
}

extension ArrayElement {
    /// numpy's cast from any scalar.
    init(scalar: Scalar) {
        switch scalar {
        case .bool(let b): self.init(numpyBool: b)
        case .int64(let i): self.init(numpyInt: i)
        case .float64(let d): self.init(numpyDouble: d)
        }
    }
}

extension Bool: ArrayElement {
    static var dtype: DType { .bool }
    static func storage(_ buffer: ElementBuffer<Bool>) -> ArrayStorage { .bool(buffer) }
    static func buffer(in storage: ArrayStorage) -> ElementBuffer<Bool>? {
        if case .bool(let buffer) = storage { return buffer }
        return nil
    }
    init(numpyBool value: Bool) { self = value }
    init(numpyInt value: Int64) { self = value != 0 }
    init(numpyDouble value: Double) { self = value != 0 }
    var scalar: Scalar { .bool(self) }
    func converted<Target: ArrayElement>(to: Target.Type) -> Target { Target(numpyBool: self) }
}

extension Int64: ArrayElement {
    static var dtype: DType { .int64 }
    static func storage(_ buffer: ElementBuffer<Int64>) -> ArrayStorage { .int64(buffer) }
    static func buffer(in storage: ArrayStorage) -> ElementBuffer<Int64>? {
        if case .int64(let buffer) = storage { return buffer }
        return nil
    }
    init(numpyBool value: Bool) { self = value ? 1 : 0 }
    init(numpyInt value: Int64) { self = value }
    init(numpyDouble value: Double) { self = Int64(truncatingDouble: value) }
    var scalar: Scalar { .int64(self) }
    func converted<Target: ArrayElement>(to: Target.Type) -> Target { Target(numpyInt: self) }
}

extension Double: ArrayElement {
    static var dtype: DType { .float64 }
    static func storage(_ buffer: ElementBuffer<Double>) -> ArrayStorage { .float64(buffer) }
    static func buffer(in storage: ArrayStorage) -> ElementBuffer<Double>? {
        if case .float64(let buffer) = storage { return buffer }
        return nil
    }
    init(numpyBool value: Bool) { self = value ? 1 : 0 }
    init(numpyInt value: Int64) { self = Double(value) }
    init(numpyDouble value: Double) { self = value }
    var scalar: Scalar { .float64(self) }
    func converted<Target: ArrayElement>(to: Target.Type) -> Target { Target(numpyDouble: self) }
}
