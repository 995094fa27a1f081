extension BuiltinCatalogue {
    /// The built-ins of the object model: `type`, `id`, `hash`, `setattr`, `delattr`, `vars`, `dir`, `super`,
    /// `property`, `staticmethod`, `classmethod`, `iter`, `next`, `format`, `NotImplemented`, `Ellipsis`, and
    /// every built-in exception class.
    static func objects(_ rt: Interpreter) -> [String: Object] {
        unowned(unsafe) let rt = rt
        let types = rt.types
        var all: [String: Object] = [:]
        for name in ["BaseException", "Exception"] + BuiltinTypes.exceptionHierarchy.map(\.0) {
            if let type = types.named(name) { all[name] = .type(type) }
        }
        let propertyType = types.native("property")
        let staticMethodType = types.native("staticmethod")
        let classMethodType = types.native("classmethod")
        let superType = types.native("super")
        let entries: [(String, Object)] = [
            ("NotImplemented", .notImplemented),
            ("Ellipsis", .ellipsis),
            type(rt, "type") { args in
                if args.positional.count == 3 {
                    throw PyError.type("type(name, bases, dict) is not supported in Gradbook cells; write a class statement")
                }
                try args.expect("type", 1, 1)
                return .type(rt.type(of: args.positional[0]))
            },
            function("id") { args in
                try args.expect("id", 1, 1)
                return .int(rt.identity(of: args.positional[0]))
            },
            function("hash") { args in
                try args.expect("hash", 1, 1)
                return .int(try rt.hash(args.positional[0]))
            },
            function("setattr") { args in
                try args.expect("setattr", 3, 3)
                guard case .string(let name) = args.positional[1] else {
                    throw PyError.type("attribute name must be string, not '\(rt.typeName(args.positional[1]))'")
                }
                try rt.setAttribute(of: args.positional[0], name, args.positional[2])
                return .none
            },
            function("delattr") { args in
                try args.expect("delattr", 2, 2)
                guard case .string(let name) = args.positional[1] else {
                    throw PyError.type("attribute name must be string, not '\(rt.typeName(args.positional[1]))'")
                }
                try rt.deleteAttribute(of: args.positional[0], name)
                return .none
            },
            function("vars") { args in
                try args.expect("vars", 1, 1)
                switch args.positional[0] {
                case .instance(let instance): return try rt.attributeDictionary(of: instance)
                case .type, .module: return try rt.attribute(of: args.positional[0], "__dict__")
                default: throw PyError.type("vars() argument must have __dict__ attribute")
                }
            },
            function("dir") { args in
                try args.expect("dir", 1, 1)
                return .list(ListObject(rt.attributeNames(of: args.positional[0]).map(Object.string)))
            },
            type(rt, "property") { args in
                try args.expect("property", 0, 4, keywords: ["fget", "fset", "fdel", "doc"])
                func argument(_ index: Int, _ name: String) -> Object { args.argument(index, name) ?? .none }
                return .native(
                    PropertyObject(
                        type: propertyType, getter: argument(0, "fget"), setter: argument(1, "fset"),
                        deleter: argument(2, "fdel"), doc: argument(3, "doc")))
            },
            type(rt, "staticmethod") { args in
                try args.expect("staticmethod", 1, 1)
                return .native(StaticMethodObject(type: staticMethodType, function: args.positional[0]))
            },
            type(rt, "classmethod") { args in
                try args.expect("classmethod", 1, 1)
                return .native(ClassMethodObject(type: classMethodType, function: args.positional[0]))
            },
            type(rt, "super") { args in
                try args.expect("super", 2, 2)
                return try rt.makeSuper(args.positional[0], args.positional[1], superType)
            },
            function("iter") { args in
                try args.expect("iter", 1, 1)
                return try rt.iterator(of: args.positional[0])
            },
            function("next") { args in
                try args.expect("next", 1, 2)
                if let value = try rt.next(args.positional[0]) { return value }
                if args.positional.count == 2 { return args.positional[1] }
                throw PyError("StopIteration", "")
            },
            function("format") { args in
                try args.expect("format", 1, 2)
                var spec = ""
                if args.positional.count == 2 {
                    guard case .string(let text) = args.positional[1] else {
                        throw PyError.type("format() argument 2 must be str, not \(rt.typeName(args.positional[1]))")
                    }
                    spec = text
                }
                return .string(try rt.format(args.positional[0], spec: spec))
            },
        ]
        for (name, value) in entries { all[name] = value }
        return all
    }
}

extension Interpreter {
    /// `super(C, obj)`: lookups on `obj` that start after `C` in its MRO.
    func makeSuper(_ start: Object, _ object: Object, _ superType: TypeObject) throws -> Object {
        guard case .type(let startType) = start else {
            throw PyError.type("super() argument 1 must be a type, not \(typeName(start))")
        }
        let searched: TypeObject
        if case .type(let type) = object, type.isSubtype(of: startType) {
            searched = type
        } else {
            searched = type(of: object)
            guard searched.isSubtype(of: startType) else {
                throw PyError.type("super(type, obj): obj must be an instance or subtype of type")
            }
        }
        return .native(SuperObject(type: superType, start: startType, object: object, searched: searched))
    }

    /// Whether `callable(x)`.
    func isCallable(_ object: Object) -> Bool {
        switch object {
        case .function, .builtin, .boundMethod, .type, .neuron, .layer, .mlp: return true
        case .instance(let instance): return instance.type.special(.call, epoch: typeEpoch) != nil
        case .native(let native): return native is StaticMethodObject || native.type.special(.call, epoch: typeEpoch) != nil
        default: return false
        }
    }

    /// `dir(x)`: the names of its attributes and its class's, sorted.
    func attributeNames(of object: Object) -> [String] {
        var names: Set<String> = []
        switch object {
        case .instance(let instance):
            names.formUnion(instance.shape.names)
            for type in instance.type.mro { names.formUnion(type.attributes.keys) }
        case .type(let type):
            for owner in type.mro { names.formUnion(owner.attributes.keys) }
        case .module(let module): names.formUnion(module.attributes.keys)
        default: names.formUnion(Self.methodNames(of: object))
        }
        return names.sorted()
    }
}
