import Foundation

/// The element types of Gradbook's tensors: torch's default `float32`, `float64` (what `.double()` gives) and
/// `int64` (what `torch.tensor([1, 2])` gives).
///
/// Every element lives in a `Double` on the engine's tape; a `float32` element is a `Double` that is exactly a
/// `Float`, rounded after every operation as torch rounds it, and an `int64` element is an integer-valued `Double`.
enum TorchDType: CaseIterable {
    case float32
    case float64
    case int64

    /// torch's spelling, as `print(x.dtype)` shows it.
    var name: String {
        switch self {
        case .float32: return "torch.float32"
        case .float64: return "torch.float64"
        case .int64: return "torch.int64"
        }
    }

    /// The C++ scalar type's name, which some of torch's messages use (`Float`, `Double`, `Long`).
    var scalarName: String {
        switch self {
        case .float32: return "Float"
        case .float64: return "Double"
        case .int64: return "Long"
        }
    }

    /// `x.dtype.is_floating_point`: only floating tensors can require gradients.
    var isFloatingPoint: Bool { self != .int64 }

    /// `x.dtype.itemsize`.
    var itemSize: Int { self == .float32 ? 4 : 8 }

    /// The legacy type name `x.type()` gives.
    var legacyTypeName: String {
        switch self {
        case .float32: return "torch.FloatTensor"
        case .float64: return "torch.DoubleTensor"
        case .int64: return "torch.LongTensor"
        }
    }

    /// torch's default floating type, which `torch.Tensor(...)`, Python floats and true division produce.
    static let defaultFloat = TorchDType.float32

    /// `x` stored as this type stores it: rounded to the nearest `Float` for `float32`, truncated toward zero for
    /// `int64` (as a cast does), unchanged for `float64`.
    func rounded(_ x: Double) -> Double {
        switch self {
        case .float32: return Double(Float(x))
        case .float64: return x
        case .int64:
            guard x.isFinite else { return x.isNaN ? 0 : (x < 0 ? -9.223372036854775808e18 : 9.223372036854775807e18) }
            return x.rounded(.towardZero)
        }
    }

    /// `torch.promote_types(a, b)` for these three types.
    static func promoted(_ a: TorchDType, _ b: TorchDType) -> TorchDType {
        if a == b { return a }
        if a == .float64 || b == .float64 { return .float64 }
        return .float32
    }

    /// torch's `combine_categories`: the dtype chosen by a higher-priority group of operands stays unless a
    /// lower-priority group brings a floating type to an integer one (`int_tensor * 2.5` is `float32`).
    static func combined(higher: TorchDType?, lower: TorchDType?) -> TorchDType? {
        guard let higher else { return lower }
        guard let lower else { return higher }
        if higher.isFloatingPoint || !lower.isFloatingPoint { return higher }
        return promoted(higher, lower)
    }

    /// An `int64` element's value as an integer (elements are integer-valued doubles; out-of-range ones clamp).
    static func integer(_ x: Double) -> Int {
        guard x.isFinite else { return x.isNaN ? 0 : (x < 0 ? Int.min : Int.max) }
        if x >= 9.223372036854775807e18 { return Int.max }
        if x < -9.223372036854775808e18 { return Int.min }
        return Int(x)
    }
}
