extension Interpreter {
    /// The class of an exception in flight: its object's, or the built-in type its kind names.
    func exceptionType(of error: PyError) -> TypeObject {
        if let exception = error.exception { return exception.type }
        return types.named(error.kind) ?? types.exception
    }

    /// The exception object of an error in flight, made on first request (when a handler binds it with `as`).
    func exceptionObject(of error: inout PyError) -> Instance {
        if let exception = error.exception { return exception }
        let instance = Instance(type: exceptionType(of: error), heap: heap)
        if error.kind == "SyntaxError" || error.kind == "IndentationError" || error.kind == "TabError" {
            instance.exception?.arguments = [.string(error.message)]
        } else {
            instance.exception?.arguments = error.arguments ?? (error.message.isEmpty ? [] : [.string(error.message)])
        }
        error.exception = instance
        return instance
    }

    /// Whether an `except` clause naming `handlerType` (a class or a tuple of classes) catches `error`.
    func exceptionMatches(_ error: PyError, _ handlerType: Object) throws -> Bool {
        let raised = exceptionType(of: error)
        switch handlerType {
        case .type(let type):
            guard type.traits(epoch: typeEpoch).isException else {
                throw PyError.type("catching classes that do not inherit from BaseException is not allowed")
            }
            return raised.isSubtype(of: type)
        case .tuple(let tuple):
            for item in tuple.items where try exceptionMatches(error, item) { return true }
            return false
        default:
            throw PyError.type("catching classes that do not inherit from BaseException is not allowed")
        }
    }

    /// The error that `raise value` raises: an exception instance, or a class (instantiated with no arguments).
    /// The exception being handled, if any, becomes its `__context__`.
    func raising(_ value: Object, cause: Object?) throws -> PyError {
        let instance: Instance
        switch value {
        case .type(let type) where type.traits(epoch: typeEpoch).isException:
            guard case .instance(let made) = try instantiate(type, Arguments([])) else {
                throw PyError.type("calling \(type.name) should have returned an instance of BaseException")
            }
            instance = made
        case .instance(let made) where made.exception != nil:
            instance = made
        default:
            throw PyError.type("exceptions must derive from BaseException")
        }
        if let cause {
            switch cause {
            case .none: break
            case .type(let type) where type.traits(epoch: typeEpoch).isException:
                instance.exception?.cause = try instantiate(type, Arguments([]))
            case .instance(let made) where made.exception != nil:
                instance.exception?.cause = cause
            default:
                throw PyError.type("exception causes must derive from BaseException")
            }
            instance.exception?.suppressContext = true
        }
        if var handled = handling.last, case .none? = instance.exception?.context {
            let context = exceptionObject(of: &handled)
            if context !== instance { instance.exception?.context = .instance(context) }
        }
        return PyError(raising: instance, message: (try? exceptionMessage(instance)) ?? "")
    }

    /// The message an uncaught exception shows: its `str`, which may be a lesson's `__str__`.
    func finalMessage(of error: PyError) -> String {
        guard let exception = error.exception else { return error.message }
        return (try? str(.instance(exception))) ?? error.message
    }
}
