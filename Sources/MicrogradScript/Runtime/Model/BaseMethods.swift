/// The methods of `object` and `BaseException` that lessons' classes inherit, as built-in functions on those
/// types: what `super().__init__(…)`, `object.__setattr__(self, …)` and an exception's `str` and `repr` reach.
enum BaseMethods {
    static func install(_ rt: Interpreter) {
        unowned(unsafe) let rt = rt
        let object = rt.types.object
        func define(_ type: TypeObject, _ name: String, _ body: @escaping (Arguments) throws -> Object) {
            type.setAttribute(name, .builtin(BuiltinFunction(type.name + "." + name, body)), epoch: &rt.heap.typeEpoch)
        }
        func receiver(_ arguments: Arguments, _ name: String) throws -> Object {
            guard let first = arguments.positional.first else {
                throw PyError.type("descriptor '\(name)' of 'object' object needs an argument")
            }
            return first
        }
        define(object, "__init__") { arguments in
            if arguments.positional.count > 1 || !arguments.keywords.isEmpty {
                throw PyError.type("object.__init__() takes exactly one argument (the instance to initialize)")
            }
            return .none
        }
        define(object, "__new__") { arguments in
            guard case .type(let type)? = arguments.positional.first else {
                throw PyError.type("object.__new__(X): X is not a type object")
            }
            return .instance(Instance(type: type, heap: rt.heap))
        }
        define(object, "__repr__") { arguments in
            let target = try receiver(arguments, "__repr__")
            if case .instance(let instance) = target { return .string(rt.defaultRepr(of: instance)) }
            return .string(try rt.repr(target))
        }
        define(object, "__str__") { arguments in .string(try rt.repr(try receiver(arguments, "__str__"))) }
        define(object, "__eq__") { arguments in
            try arguments.expect("__eq__", 2, 2)
            return Operators.identical(arguments.positional[0], arguments.positional[1]) ? .bool(true) : .notImplemented
        }
        define(object, "__ne__") { arguments in
            try arguments.expect("__ne__", 2, 2)
            let result = try rt.richCompare(.equal, arguments.positional[0], arguments.positional[1])
            if case .notImplemented = result { return result }
            return .bool(try !rt.truth(result))
        }
        define(object, "__hash__") { arguments in
            .int(PythonHash.identity(rt.identity(of: try receiver(arguments, "__hash__"))))
        }
        define(object, "__setattr__") { arguments in
            try arguments.expect("__setattr__", 3, 3)
            guard case .instance(let instance) = arguments.positional[0], case .string(let name) = arguments.positional[1]
            else { throw PyError.type("object.__setattr__() expects an instance and an attribute name") }
            try rt.setInstanceAttribute(instance, arguments.positional[0], name, arguments.positional[2])
            return .none
        }
        define(object, "__delattr__") { arguments in
            try arguments.expect("__delattr__", 2, 2)
            guard case .string(let name) = arguments.positional[1] else {
                throw PyError.type("attribute name must be string")
            }
            try rt.deleteAttribute(of: arguments.positional[0], name)
            return .none
        }
        define(object, "__format__") { arguments in
            try arguments.expect("__format__", 2, 2)
            guard case .string(let spec) = arguments.positional[1] else {
                throw PyError.type("format spec must be a str")
            }
            let target = arguments.positional[0]
            if spec.isEmpty { return .string(try rt.str(target)) }
            throw PyError.type("unsupported format string passed to \(rt.typeName(target)).__format__")
        }
        installExceptionMethods(rt, define: define)
    }

    private static func installExceptionMethods(
        _ rt: Interpreter, define: (TypeObject, String, @escaping (Arguments) throws -> Object) -> Void
    ) {
        unowned(unsafe) let rt = rt
        let base = rt.types.baseException
        func exception(_ arguments: Arguments, _ name: String) throws -> Instance {
            guard case .instance(let instance)? = arguments.positional.first, instance.exception != nil else {
                throw PyError.type("descriptor '\(name)' requires a 'BaseException' object")
            }
            return instance
        }
        define(base, "__init__") { arguments in
            let instance = try exception(arguments, "__init__")
            if !arguments.keywords.isEmpty {
                throw PyError.type("\(instance.type.name)() takes no keyword arguments")
            }
            instance.exception?.arguments = Array(arguments.positional.dropFirst())
            return .none
        }
        define(base, "__str__") { arguments in .string(try rt.exceptionMessage(try exception(arguments, "__str__"))) }
        define(base, "__repr__") { arguments in
            let instance = try exception(arguments, "__repr__")
            let parts = try (instance.exception?.arguments ?? []).map { try rt.repr($0) }
            let inside = parts.count == 1 ? parts[0] : parts.joined(separator: ", ")
            return .string("\(instance.type.name)(\(inside))")
        }
        define(base, "with_traceback") { arguments in
            try arguments.expect("with_traceback", 2, 2)
            return arguments.positional[0]
        }
        if let keyError = rt.types.named("KeyError") {
            define(keyError, "__str__") { arguments in
                let instance = try exception(arguments, "__str__")
                let held = instance.exception?.arguments ?? []
                if held.count == 1 { return .string(try rt.repr(held[0])) }
                return .string(try rt.exceptionMessage(instance))
            }
        }
    }
}

extension Interpreter {
    /// `BaseException.__str__`: nothing for no arguments, the argument's `str` for one, the tuple's for more.
    func exceptionMessage(_ instance: Instance) throws -> String {
        let arguments = instance.exception?.arguments ?? []
        switch arguments.count {
        case 0: return ""
        case 1: return try str(arguments[0])
        default: return try repr(.tuple(arguments))
        }
    }
}
