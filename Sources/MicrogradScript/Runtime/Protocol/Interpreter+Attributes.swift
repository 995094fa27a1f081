import Micrograd

extension Interpreter {
    /// `object.name`: CPython's attribute protocol. For an instance: a data descriptor on its class (a
    /// `property`), then the instance's own attributes, then the class's (functions bind to the instance), then
    /// `__getattr__`. Built-in objects answer their fields and methods.
    func attribute(of object: Object, _ name: String) throws -> Object {
        switch object {
        case .instance(let instance): return try instanceAttribute(instance, object, name)
        case .type(let type): return try typeAttribute(type, name)
        case .native(let native):
            if let found = try native.attribute(name, self) { return found }
            if let found = try typeAttributeOfNative(native, object, name) { return found }
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
            if name == "__name__" { return .string(module.name) }
            // PEP 562: a module's own `__getattr__` answers the names it does not have.
            if let fallback = module.attributes["__getattr__"] { return try call(fallback, Arguments([.string(name)])) }
            throw PyError("AttributeError", "module '\(module.name)' has no attribute '\(name)'")
        case .float(let d):
            if name == "real" { return .float(d) }
            if name == "imag" { return .float(0) }
        case .int(let i):
            if name == "real" || name == "numerator" { return .int(i) }
            if name == "imag" { return .int(0) }
            if name == "denominator" { return .int(1) }
        case .function(let function):
            switch name {
            case "__name__": return .string(function.code.name)
            case "__qualname__": return .string(function.code.qualifiedName)
            case "__doc__": return function.code.docstring.map(Object.string) ?? .none
            case "__module__": return .string("__main__")
            default: break
            }
        case .builtin(let builtin):
            if name == "__name__" || name == "__qualname__" { return .string(builtin.name) }
        case .boundMethod(let method):
            switch name {
            case "__self__": return method.receiver
            case "__func__": if let function = method.function { return function }
            case "__name__": return .string(method.name)
            default: break
            }
        default: break
        }
        if name == "__class__" { return .type(type(of: object)) }
        if Self.methodNames(of: object).contains(name) {
            return .boundMethod(BoundMethod(receiver: object, name: name))
        }
        throw PyError.attribute(typeName(object), name)
    }

    private func instanceAttribute(_ instance: Instance, _ object: Object, _ name: String) throws -> Object {
        let type = instance.type
        let found = type.lookup(name, epoch: typeEpoch)
        if let found, case .native(let descriptor) = found, let property = descriptor as? PropertyObject {
            if case .none = property.getter { throw PyError("AttributeError", "property '\(name)' of '\(type.name)' object has no getter") }
            return try call(property.getter, object)
        }
        if let own = instance.value(of: name) { return own }
        if let found { return try bind(found, to: object, owner: type, name: name) }
        switch name {
        case "__class__": return .type(type)
        case "__dict__": return try attributeDictionary(of: instance)
        case "__module__": return .string(type.module)
        case "__doc__": return .none
        default: break
        }
        if let state = instance.exception {
            switch name {
            case "args": return .tuple(state.arguments)
            case "__cause__": return state.cause
            case "__context__": return state.context
            case "__suppress_context__": return .bool(state.suppressContext)
            case "__traceback__": return .none
            default: break
            }
        }
        if type.traits(epoch: typeEpoch).hasGetattr, let getattr = type.special(.getattr, epoch: typeEpoch) {
            return try callSpecial(getattr, object, [.string(name)])
        }
        throw PyError.attribute(type.name, name)
    }

    /// A class attribute as an instance sees it: functions bind to the instance, class methods to the class,
    /// static methods come as they are.
    func bind(_ found: Object, to object: Object, owner: TypeObject, name: String) throws -> Object {
        switch found {
        case .function, .builtin:
            return .boundMethod(BoundMethod(receiver: object, name: name, function: found))
        case .native(let descriptor):
            if let method = descriptor as? StaticMethodObject { return method.function }
            if let method = descriptor as? ClassMethodObject {
                return .boundMethod(BoundMethod(receiver: .type(owner), name: name, function: method.function))
            }
            if let property = descriptor as? PropertyObject {
                if case .type = object { return found }
                return try call(property.getter, object)
            }
            return found
        default: return found
        }
    }

    /// `vars(obj)` and `obj.__dict__`: a new dict of the instance's attributes, in the order they were first set.
    /// (CPython's is the live namespace; here writing to it does not change the instance.)
    func attributeDictionary(of instance: Instance) throws -> Object {
        let dict = DictObject()
        for (name, value) in instance.attributes { try dict.set(.string(name), value, self) }
        return .dict(dict)
    }

    private func typeAttribute(_ type: TypeObject, _ name: String) throws -> Object {
        if let found = type.lookup(name, epoch: typeEpoch) {
            switch found {
            case .native(let descriptor):
                if let method = descriptor as? StaticMethodObject { return method.function }
                if let method = descriptor as? ClassMethodObject {
                    return .boundMethod(BoundMethod(receiver: .type(type), name: name, function: method.function))
                }
                return found
            default: return found
            }
        }
        switch name {
        case "__name__": return .string(type.name)
        case "__qualname__": return .string(type.qualifiedName)
        case "__module__": return .string(type.module)
        case "__bases__": return .tuple(type.bases.map { .type($0) })
        case "__mro__": return .tuple(type.mro.map { .type($0) })
        case "__doc__": return .none
        case "__class__": return .type(types.type)
        case "__dict__":
            let dict = DictObject()
            for key in type.attributeOrder { if let value = type.attributes[key] { try dict.set(.string(key), value, self) } }
            return .dict(dict)
        case "mro":
            return .builtin(BuiltinFunction("mro") { _ in .list(ListObject(type.mro.map { .type($0) })) })
        default:
            throw PyError("AttributeError", "type object '\(type.name)' has no attribute '\(name)'")
        }
    }

    /// A native object's class attributes (methods a module put on its type).
    private func typeAttributeOfNative(_ native: NativeObject, _ object: Object, _ name: String) throws -> Object? {
        guard let found = native.type.lookup(name, epoch: typeEpoch) else { return nil }
        return try bind(found, to: object, owner: native.type, name: name)
    }

    /// `object.name = value`.
    func setAttribute(of object: Object, _ name: String, _ value: Object) throws {
        switch object {
        case .instance(let instance):
            if instance.type.traits(epoch: typeEpoch).hasSetattr,
                let method = instance.type.special(.setattr, epoch: typeEpoch)
            {
                _ = try callSpecial(method, object, [.string(name), value])
                return
            }
            try setInstanceAttribute(instance, object, name, value)
            return
        case .type(let type):
            guard type.builtin == nil else {
                throw PyError.type("cannot set '\(name)' attribute of immutable type '\(type.name)'")
            }
            try checkClassAttribute(name, value)
            type.setAttribute(name, value, epoch: &heap.typeEpoch)
            return
        case .native(let native):
            if try native.setAttribute(name, value, self) { return }
        case .value(let v):
            switch name {
            case "data", "grad":
                guard let number = value.asDouble else {
                    throw PyError.type("Value.\(name) must be a number, not '\(typeName(value))'")
                }
                if name == "data" { v.data = number } else { v.grad = number }
                return
            case "label":
                v.label = try str(value)
                return
            default: break
            }
        default: break
        }
        if (try? attribute(of: object, name)) != nil {
            throw PyError("AttributeError", "attribute '\(name)' of '\(typeName(object))' objects is not writable")
        }
        throw PyError("AttributeError", "'\(typeName(object))' object has no attribute '\(name)'")
    }

    /// `object.__setattr__(self, name, value)`: a property's setter, or the instance's own attribute.
    func setInstanceAttribute(_ instance: Instance, _ object: Object, _ name: String, _ value: Object) throws {
        if name == "__class__" {
            throw PyError.type("Gradbook does not support assigning __class__ (an object's class is fixed)")
        }
        if let found = instance.type.lookup(name, epoch: typeEpoch), case .native(let descriptor) = found,
            let property = descriptor as? PropertyObject
        {
            if case .none = property.setter {
                let named = property.assignedName.map { "property '\($0)'" } ?? "property"
                throw PyError("AttributeError", "\(named) of '\(instance.type.name)' object has no setter")
            }
            _ = try call(property.setter, Arguments([object, value]))
            return
        }
        if let state = instance.exception {
            switch name {
            case "args":
                state.arguments = try elements(of: value)
                return
            case "__cause__":
                state.cause = value
                state.suppressContext = true
                return
            case "__context__":
                state.context = value
                return
            default: break
            }
        }
        instance.set(name, value)
    }

    /// `del object.name`.
    func deleteAttribute(of object: Object, _ name: String) throws {
        switch object {
        case .instance(let instance):
            if let found = instance.type.lookup(name, epoch: typeEpoch), case .native(let descriptor) = found,
                let property = descriptor as? PropertyObject
            {
                if case .none = property.deleter {
                    throw PyError("AttributeError", "property '\(name)' of '\(instance.type.name)' object has no deleter")
                }
                _ = try call(property.deleter, object)
                return
            }
            if instance.remove(name) { return }
            throw PyError.attribute(instance.type.name, name)
        case .type(let type):
            guard type.builtin == nil else {
                throw PyError.type("cannot delete '\(name)' attribute of immutable type '\(type.name)'")
            }
            if type.removeAttribute(name, epoch: &heap.typeEpoch) { return }
            throw PyError("AttributeError", "type object '\(type.name)' has no attribute '\(name)'")
        default:
            throw PyError("AttributeError", "'\(typeName(object))' object has no attribute '\(name)'")
        }
    }

    /// Refuses the class attributes Gradbook leaves out, by name.
    func checkClassAttribute(_ name: String, _ value: Object) throws {
        switch name {
        case "__del__":
            throw PyError.type("Gradbook does not support __del__ (objects are freed by reference counting and a cycle collector, with no finalizers)")
        case "__slots__":
            throw PyError.type("Gradbook does not support __slots__ (instances keep their attributes in a dictionary of their own)")
        case "__class_getitem__", "__init_subclass__", "__set_name__", "__get__", "__set__", "__delete__", "__getattribute__":
            throw PyError.type("Gradbook does not support defining \(name)")
        default: return
        }
    }

    /// The methods each kind of built-in object answers to, for `getattr`-style access (`f = xs.append`).
    static func methodNames(of object: Object) -> Set<String> {
        switch object {
        case .list: return ["append", "extend", "pop", "index", "insert", "reverse", "sort", "count", "copy", "clear", "remove"]
        case .tuple: return ["index", "count"]
        case .string:
            return [
                "join", "format", "upper", "lower", "split", "rsplit", "strip", "lstrip", "rstrip", "replace",
                "startswith", "endswith", "find", "rfind", "index", "rindex", "count", "title", "capitalize",
                "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "swapcase", "partition",
                "rpartition", "center", "ljust", "rjust", "zfill", "splitlines", "isnumeric", "isdecimal",
                "isidentifier", "casefold",
            ]
        case .dict: return ["keys", "values", "items", "get", "pop", "update", "setdefault", "copy", "clear", "popitem"]
        case .set:
            return [
                "add", "remove", "discard", "update", "copy", "clear", "pop", "union", "intersection", "difference",
                "symmetric_difference", "intersection_update", "difference_update", "symmetric_difference_update",
                "issubset", "issuperset", "isdisjoint",
            ]
        case .value: return ["tanh", "exp", "log", "relu", "sigmoid", "backward", "_backward"]
        case .neuron, .layer, .mlp: return ["parameters", "zero_grad"]
        case .float: return ["is_integer"]
        case .int: return ["bit_length"]
        default: return []
        }
    }
}
