import Micrograd

extension Interpreter {
    /// `object.name`.
    func attribute(of object: Object, _ name: String) throws -> Object {
        switch object {
        case .value(let value):
            switch name {
            case "data": return .float(value.data)
            case "grad": return .float(value.grad)
            case "label": return .string(value.label)
            case "_op": return .string(value.op)
            // Python keeps `_prev` as a set; here it is a list of the operands in order (`a + a` lists `a`
            // twice), which iterates deterministically and visits the same nodes.
            case "_prev": return .list(ListObject(value.children.map { .value($0) }))
            default: break
            }
        case .neuron(let neuron):
            switch name {
            case "w": return .list(ListObject(neuron.w.map { .value($0) }))
            case "b": return .value(neuron.b)
            case "nonlin": return .bool(neuron.nonlinearity != nil)
            default: break
            }
        case .layer(let layer):
            if name == "neurons" { return .list(ListObject(layer.neurons.map { .neuron($0) })) }
        case .mlp(let mlp):
            if name == "layers" { return .list(ListObject(mlp.layers.map { .layer($0) })) }
        case .module(let module):
            if let value = module.attributes[name] { return value }
            throw PyError("AttributeError", "module '\(module.name)' has no attribute '\(name)'")
        case .float(let d):
            if name == "real" { return .float(d) }
            if name == "imag" { return .float(0) }
        case .int(let i):
            if name == "real" { return .int(i) }
            if name == "imag" { return .int(0) }
        case .function(let function):
            if name == "__name__" { return .string(function.name) }
        case .builtin(let builtin):
            if name == "__name__" { return .string(builtin.name) }
        default: break
        }
        if Self.methodNames(of: object).contains(name) {
            return .boundMethod(BoundMethod(receiver: object, name: name))
        }
        throw PyError.attribute(object.typeName, name)
    }

    /// `object.name = value`: the engine's settable fields, nothing else (no classes, no monkey-patching).
    func setAttribute(of object: Object, _ name: String, _ value: Object) throws {
        if case .value(let v) = object {
            switch name {
            case "data", "grad":
                guard let number = value.asDouble else {
                    throw PyError.type("Value.\(name) must be a number, not '\(value.typeName)'")
                }
                if name == "data" { v.data = number } else { v.grad = number }
                return
            case "label":
                v.label = value.str
                return
            default: break
            }
        }
        if (try? attribute(of: object, name)) != nil {
            throw PyError("AttributeError", "attribute '\(name)' of '\(object.typeName)' objects is not writable")
        }
        throw PyError.attribute(object.typeName, name)
    }

    /// The methods each kind of object answers to, for `getattr`-style access (`f = xs.append`).
    static func methodNames(of object: Object) -> Set<String> {
        switch object {
        case .list: return ["append", "extend", "pop", "index", "insert", "reverse", "sort", "count", "copy", "clear", "remove"]
        case .string:
            return [
                "join", "format", "upper", "lower", "split", "rsplit", "strip", "lstrip", "rstrip", "replace",
                "startswith", "endswith", "find", "rfind", "index", "rindex", "count", "title", "capitalize",
                "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "swapcase", "partition",
                "rpartition", "center", "ljust", "rjust", "zfill",
            ]
        case .dict: return ["keys", "values", "items", "get", "pop", "update", "setdefault", "copy", "clear"]
        case .set: return ["add", "remove", "discard", "update", "copy", "clear"]
        case .value: return ["tanh", "exp", "log", "relu", "sigmoid", "backward", "_backward"]
        case .neuron, .layer, .mlp: return ["parameters", "zero_grad"]
        case .float: return ["is_integer"]
        default: return []
        }
    }
}
