/// `arr.dtype`: prints as numpy prints it (`dtype('float64')`, `str` gives `float64`) and compares equal to every
/// spelling of its type (`'float64'`, `np.float64`, `float`, another dtype), as numpy's dtypes do.
final class DTypeObject: NativeObject {
    let dtype: DType

    init(_ dtype: DType, _ rt: Interpreter) {
        self.dtype = dtype
        super.init(type: NumPyTypes.dtype(rt))
    }

    override func attribute(_ name: String, _ rt: Interpreter) throws -> Object? {
        switch name {
        case "name": return .string(dtype.name)
        case "kind": return .string(["b", "i", "f"][dtype.rawValue])
        case "char": return .string(["?", "l", "d"][dtype.rawValue])
        case "str": return .string(["|b1", "<i8", "<f8"][dtype.rawValue])
        case "itemsize": return .int(dtype == .bool ? 1 : 8)
        case "type": return .type(NumPyTypes.scalarType(dtype, rt))
        default: return nil
        }
    }

    override func repr(_ rt: Interpreter) throws -> String { "dtype('\(dtype.name)')" }

    override func str(_ rt: Interpreter) throws -> String { dtype.name }

    override func compare(_ op: ComparisonOperator, _ other: Object, _ rt: Interpreter) throws -> Object {
        guard op == .equal || op == .notEqual else { return .notImplemented }
        let otherType: DType?
        switch other {
        case .string(let name): otherType = DType(name: name)
        case .type(let type): otherType = NumPyTypes.dtype(named: type, rt)
        case .native(let native): otherType = (native as? DTypeObject)?.dtype
        default: return .notImplemented
        }
        return .bool((otherType == dtype) == (op == .equal))
    }

    override func hash(_ rt: Interpreter) throws -> Int { PythonHash.string(dtype.name) }
}
