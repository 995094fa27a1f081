extension Interpreter {
    /// `C(arguments)`: a built-in type makes its object; a class makes an instance (through a lesson's `__new__`
    /// if it has one) and runs `__init__`. An exception records its arguments as `args` first, as
    /// `BaseException.__new__` does, so `raise MyError("x")` says `x` whatever its `__init__` does.
    func instantiate(_ type: TypeObject, _ arguments: Arguments) throws -> Object {
        if let construct = type.construct { return try charged(construct(arguments)) }
        if type.builtin != nil, type.builtin != .baseException, type.builtin != .exception {
            throw PyError.type("cannot create '\(type.name)' instances")
        }
        let made: Object
        if let new = type.special(.new, epoch: typeEpoch), case .function = new {
            made = try call(new, arguments.prepending(.type(type)))
            guard case .instance(let instance) = made, instance.type.isSubtype(of: type) else { return made }
        } else {
            made = .instance(Instance(type: type, heap: heap))
        }
        guard case .instance(let instance) = made else { return made }
        if instance.exception != nil { instance.exception?.arguments = arguments.positional }
        guard let initializer = type.special(.initialize, epoch: typeEpoch) else { return made }
        if case .builtin(let builtin) = initializer, builtin.name == "object.__init__" {
            if !arguments.positional.isEmpty || !arguments.keywords.isEmpty {
                throw PyError.type("\(type.name)() takes no arguments")
            }
            return made
        }
        let result = try callBound(initializer, made, arguments)
        if case .none = result { return made }
        throw PyError.type("__init__() should return None, not '\(typeName(result))'")
    }
}
