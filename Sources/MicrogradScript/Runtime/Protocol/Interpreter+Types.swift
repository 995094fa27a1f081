import Micrograd

extension Interpreter {
    /// The epoch of class attributes (see `TypeObject`).
    @inline(__always) var typeEpoch: Int { heap.typeEpoch }

    /// `type(x)`.
    func type(of object: Object) -> TypeObject {
        switch object {
        case .none, .unbound: return types.noneType
        case .bool: return types.bool
        case .int: return types.int
        case .float: return types.float
        case .string: return types.str
        case .list: return types.list
        case .tuple: return types.tuple
        case .dict: return types.dict
        case .set: return types.set
        case .range: return types.range
        case .iterator(let iterator): return types.named(iterator.typeName) ?? types.native(iterator.typeName)
        case .function: return types.function
        case .builtin: return types.builtinFunction
        case .boundMethod: return types.method
        case .module: return types.module
        case .type: return types.type
        case .instance(let instance): return instance.type
        case .native(let native): return native.type
        case .value: return types.value
        case .neuron: return types.neuron
        case .layer: return types.layer
        case .mlp: return types.mlp
        case .notImplemented: return types.notImplementedType
        case .ellipsis: return types.ellipsis
        }
    }

    /// The name of `x`'s type, as messages say it: `'Value' and 'str'`.
    @inline(__always) func typeName(_ object: Object) -> String {
        if case .instance(let instance) = object { return instance.type.name }
        if case .native(let native) = object { return native.type.name }
        return object.typeName
    }

    /// `isinstance(x, T)` for one type.
    @inline(__always) func isInstance(_ object: Object, of type: TypeObject) -> Bool {
        self.type(of: object).isSubtype(of: type)
    }

    /// `isinstance(x, T)` or `isinstance(x, (T1, T2))`, with Python's complaint for a non-type.
    func isInstance(_ object: Object, of classInfo: Object) throws -> Bool {
        switch classInfo {
        case .type(let type): return isInstance(object, of: type)
        case .tuple(let tuple):
            for item in tuple.items where try isInstance(object, of: item) { return true }
            return false
        default:
            throw PyError.type("isinstance() arg 2 must be a type, a tuple of types, or a union")
        }
    }

    /// `issubclass(C, T)` or `issubclass(C, (T1, T2))`.
    func isSubclass(_ object: Object, of classInfo: Object) throws -> Bool {
        guard case .type(let type) = object else { throw PyError.type("issubclass() arg 1 must be a class") }
        switch classInfo {
        case .type(let other): return type.isSubtype(of: other)
        case .tuple(let tuple):
            for item in tuple.items where try isSubclass(object, of: item) { return true }
            return false
        default:
            throw PyError.type("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        }
    }

    /// Whether operations on `object` may run a lesson's special methods or a Swift module's protocol: instances
    /// and native objects. Everything else is answered by the built-in operators alone.
    @inline(__always) static func dispatchesThroughType(_ object: Object) -> Bool {
        switch object {
        case .instance, .native: return true
        default: return false
        }
    }

    /// The special method `name` of `object`'s type, if a lesson's class (or a built-in base) defines one.
    @inline(__always) func specialMethod(_ object: Object, _ name: String) -> Object? {
        guard case .instance(let instance) = object else { return nil }
        return instance.type.lookup(name, epoch: typeEpoch)
    }

    /// Calls special method `method` (found on `object`'s type) with `object` first.
    func callSpecial(_ method: Object, _ object: Object, _ arguments: [Object]) throws -> Object {
        switch method {
        case .function(let function):
            return try callFunction(function, receiver: object, Arguments(arguments))
        default:
            return try call(method, Arguments([object] + arguments))
        }
    }
}
