/// The element types Gradbook's arrays hold: numpy's `bool`, `int64` and `float64`.
///
/// They are ordered by numpy's kinds (`bool < int < float`), which is all that type promotion needs here: each
/// dtype is the widest of its kind, so the result of mixing two is the larger one.
public enum DType: Int, Comparable, CaseIterable, Sendable {
    case bool
    case int64
    case float64

    /// numpy's name, as `arr.dtype` prints it (`float64`).
    public var name: String {
        switch self {
        case .bool: "bool"
        case .int64: "int64"
        case .float64: "float64"
        }
    }

    /// numpy's short spelling of the type, as in `dtype('<f8')` error messages.
    var typeCode: String {
        switch self {
        case .bool: "?"
        case .int64: "<i8"
        case .float64: "<f8"
        }
    }

    /// The dtype named by one of numpy's spellings (`"float64"`, `"float"`, `"f8"`, `"int"`, `"bool_"`, …).
    /// The wrapper maps Python's `float`, `int` and `bool` types to the first names here.
    public init?(name: String) {
        switch name {
        case "float64", "float", "f8", "double", "float_", "d", "<f8": self = .float64
        case "int64", "int", "i8", "int_", "long", "l", "<i8", "intp": self = .int64
        case "bool", "bool_", "?", "b1": self = .bool
        default: return nil
        }
    }

    /// The dtype numpy gives an operation mixing `self` and `other` (value-based casting of numpy 1.26 reduces to
    /// this for these three types: a Python or numpy scalar of a higher kind lifts the array's type to its own).
    public func promoted(with other: DType) -> DType { Swift.max(self, other) }

    /// Whether numpy's `same_kind` casting allows storing a `self` value into an array of `target`.
    func canCastSameKind(to target: DType) -> Bool { self <= target }

    /// numpy's kind order: `bool < int64 < float64`.
    public static func < (lhs: DType, rhs: DType) -> Bool { lhs.rawValue < rhs.rawValue }
}
