extension Object {
    /// Python's name for the object's type, as error messages say it: `'Value' and 'str'`.
    var typeName: String {
        switch self {
        case .none: return "NoneType"
        case .bool: return "bool"
        case .int: return "int"
        case .float: return "float"
        case .string: return "str"
        case .list: return "list"
        case .tuple: return "tuple"
        case .dict: return "dict"
        case .set: return "set"
        case .range: return "range"
        case .iterator(let iterator): return iterator.typeName
        case .function: return "function"
        case .builtin: return "builtin_function_or_method"
        case .boundMethod: return "method"
        case .module: return "module"
        case .value: return "Value"
        case .neuron: return "Neuron"
        case .layer: return "Layer"
        case .mlp: return "MLP"
        case .type: return "type"
        case .instance(let instance): return instance.type.name
        case .native(let native): return native.type.name
        case .notImplemented: return "NotImplementedType"
        case .ellipsis: return "ellipsis"
        case .unbound: return "NoneType"
        }
    }

    /// Python's truth value: empty containers, zero and `None` are false.
    var isTruthy: Bool {
        switch self {
        case .none, .unbound: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .string(let s): return !s.isEmpty
        case .list(let l): return !l.items.isEmpty
        case .tuple(let t): return !t.isEmpty
        case .dict(let d): return d.count > 0
        case .set(let s): return s.count > 0
        case .range(let r): return r.count > 0
        default: return true
        }
    }

    /// The number as a Double, for arithmetic that mixes ints and floats; `nil` for non-numbers.
    var asDouble: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    /// The integer value of an int or bool; `nil` otherwise.
    var asInt: Int? {
        switch self {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }
}

extension Int {
    /// `d` truncated toward zero, saturating at the ends of `Int` (and 0 for NaN), so that a user's huge float
    /// never traps a conversion.
    init(saturating d: Double) {
        if d.isNaN {
            self = 0
        } else if d >= 9.2e18 {
            self = .max
        } else if d <= -9.2e18 {
            self = .min
        } else {
            self = Int(d)
        }
    }
}
