import Micrograd

/// A numpy scalar (`numpy.float64`, `numpy.int64`, `numpy.bool_`), or a Python `float`, `int` or `bool` on its way
/// into an array operation: under numpy 1.26's value-based casting the two behave the same for these dtypes.
public enum Scalar: Equatable, Sendable {
    case bool(Bool)
    case int64(Int64)
    case float64(Double)

    /// The scalar's numpy dtype.
    public var dtype: DType {
        switch self {
        case .bool: .bool
        case .int64: .int64
        case .float64: .float64
        }
    }

    /// The value as a double (`float(x)`).
    public var doubleValue: Double {
        switch self {
        case .bool(let b): b ? 1 : 0
        case .int64(let i): Double(i)
        case .float64(let d): d
        }
    }

    /// The value converted to `dtype` with numpy's casting (float to int truncates toward zero; NaN and values out
    /// of range become `Int64.min`, as the C cast does on x86-64).
    func converted(to dtype: DType) -> Scalar {
        switch dtype {
        case .bool: .bool(Bool(numpyCast: self))
        case .int64: .int64(Int64(numpyCast: self))
        case .float64: .float64(Double(numpyCast: self))
        }
    }

    /// `repr(x)` in numpy 1.26: `1.5`, `1e-07`, `nan`, `-3`, `True` (not yet `np.float64(1.5)`, which came in 2.0).
    public var repr: String {
        switch self {
        case .bool(let b): b ? "True" : "False"
        case .int64(let i): String(i)
        case .float64(let d): PythonFloat.repr(d)
        }
    }

    /// `str(x)`: the same as `repr` for these types in numpy 1.26.
    public var str: String { repr }
}

extension Bool {
    /// numpy's cast to `bool`: nonzero (NaN included) is `True`.
    init(numpyCast scalar: Scalar) {
        switch scalar {
        case .bool(let b): self = b
        case .int64(let i): self = i != 0
        case .float64(let d): self = d != 0
        }
    }
}

extension Int64 {
    /// numpy's cast to `int64`: C's truncation, and `Int64.min` where C's conversion is undefined (NaN, infinities,
    /// magnitudes of 2^63 and more), which is what x86-64's `cvttsd2si` gives.
    init(numpyCast scalar: Scalar) {
        switch scalar {
        case .bool(let b): self = b ? 1 : 0
        case .int64(let i): self = i
        case .float64(let d): self = Int64(truncatingDouble: d)
        }
    }

    /// C's `(npy_int64)d` on x86-64.
    init(truncatingDouble d: Double) {
        if d.isNaN || d >= 9_223_372_036_854_775_808.0 || d < -9_223_372_036_854_775_808.0 {
            self = .min
        } else {
            self = Int64(d)
        }
    }
}

extension Double {
    /// numpy's cast to `float64` (round to nearest for large integers).
    init(numpyCast scalar: Scalar) { self = scalar.doubleValue }
}
