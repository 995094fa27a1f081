import Micrograd

extension Interpreter {
    /// Calls any callable object: `f(…)`.
    func call(_ callee: Object, _ arguments: Arguments) throws -> Object {
        switch callee {
        case .function(let function): return try callFunction(function, arguments)
        case .builtin(let builtin): return try charged(builtin.call(arguments))
        case .boundMethod(let method):
            if let function = method.function {
                if case .function(let f) = function { return try callFunction(f, receiver: method.receiver, arguments) }
                return try call(function, arguments.prepending(method.receiver))
            }
            return try callMethod(method.receiver, method.name, arguments)
        case .type(let type): return try instantiate(type, arguments)
        case .instance(let instance):
            guard let method = instance.type.special(.call, epoch: typeEpoch) else { break }
            return try callBound(method, callee, arguments)
        case .native(let native):
            if let result = try native.call(arguments, self) { return result }
        case .neuron, .layer, .mlp: return try callModel(callee, arguments)
        default: break
        }
        throw PyError.type("'\(typeName(callee))' object is not callable")
    }

    /// Calls `method` (a class attribute) with `receiver` in front of `arguments`.
    func callBound(_ method: Object, _ receiver: Object, _ arguments: Arguments) throws -> Object {
        if case .function(let function) = method { return try callFunction(function, receiver: receiver, arguments) }
        return try call(method, arguments.prepending(receiver))
    }

    /// `f(x)`, the commonest call, without building an argument list when the callee does not need one.
    func call(_ callee: Object, _ argument: Object) throws -> Object {
        switch callee {
        case .builtin(let builtin):
            if let one = builtin.one { return try charged(one(argument)) }
            return try charged(builtin.call(Arguments([argument])))
        case .type(let type):
            if let one = type.one { return try charged(one(argument)) }
            return try instantiate(type, Arguments([argument]))
        case .neuron, .layer, .mlp: return try callModel(callee, argument)
        case .function(let function) where function.positionalOnlySimple && function.parameters.count == 1:
            let slot = function.parameters[0].slot
            return try run(function) { frame in frame.slots[slot] = argument }
        case .boundMethod(let method):
            if case .function(let function)? = method.function, function.positionalOnlySimple,
                function.parameters.count == 2
            {
                let a = function.parameters[0].slot, b = function.parameters[1].slot
                let receiver = method.receiver
                return try run(function) { frame in
                    frame.slots[a] = receiver
                    frame.slots[b] = argument
                }
            }
            return try call(callee, Arguments([argument]))
        default: return try call(callee, Arguments([argument]))
        }
    }

    /// `f(x, y)`, without building an argument list when the callee does not need one.
    func call(_ callee: Object, _ first: Object, _ second: Object) throws -> Object {
        switch callee {
        case .builtin(let builtin):
            if let two = builtin.two { return try charged(two(first, second)) }
            return try charged(builtin.call(Arguments([first, second])))
        case .type(let type):
            if let two = type.two { return try charged(two(first, second)) }
            return try instantiate(type, Arguments([first, second]))
        case .function(let function) where function.positionalOnlySimple && function.parameters.count == 2:
            let a = function.parameters[0].slot, b = function.parameters[1].slot
            return try run(function) { frame in
                frame.slots[a] = first
                frame.slots[b] = second
            }
        default: return try call(callee, Arguments([first, second]))
        }
    }

    /// Calls a lesson-defined function in a fresh frame.
    func callFunction(_ function: FunctionObject, _ arguments: Arguments) throws -> Object {
        try run(function) { frame in
            if !bindPositionally(arguments, receiver: nil, to: function, in: frame) {
                try bind(arguments, to: function, in: frame)
            }
        }
    }

    /// Calls a lesson-defined function as a method: `receiver` is its first argument.
    func callFunction(_ function: FunctionObject, receiver: Object, _ arguments: Arguments) throws -> Object {
        try run(function) { frame in
            if !bindPositionally(arguments, receiver: receiver, to: function, in: frame) {
                try bind(arguments.prepending(receiver), to: function, in: frame)
            }
        }
    }

    /// Binds positional arguments (after `receiver`, if any) straight to the frame, defaults filling the rest:
    /// the common call, with no argument list made. `false` when the call needs Python's full rules (keywords,
    /// `*args`, too many or too few arguments), which then report the error.
    @inline(__always) private func bindPositionally(
        _ arguments: Arguments, receiver: Object?, to function: FunctionObject, in frame: Frame
    ) -> Bool {
        let parameters = function.parameters
        let offset = receiver == nil ? 0 : 1
        let given = arguments.positional.count + offset
        guard function.positionalOnlySimple, arguments.keywords.isEmpty, given <= parameters.count else {
            return false
        }
        if given < parameters.count {
            for index in given..<parameters.count where function.defaults[index] == nil { return false }
        }
        if let receiver { frame.slots[parameters[0].slot] = receiver }
        for (index, value) in arguments.positional.enumerated() {
            frame.slots[parameters[index + offset].slot] = value
        }
        if given < parameters.count {
            for index in given..<parameters.count {
                if let value = function.defaults[index] { frame.slots[parameters[index].slot] = value }
            }
        }
        return true
    }

    /// Runs a lesson-defined function's body in a fresh frame whose parameters `bindArguments` fills.
    @inline(__always) func run(_ function: FunctionObject, bindArguments: (Frame) throws -> Void) throws -> Object {
        callDepth += 1
        defer { callDepth -= 1 }
        if callDepth > recursionLimit {
            throw PyError("RecursionError", "maximum recursion depth exceeded")
        }
        let code = function.code
        var frame = framePool.take(count: code.slotCount, closure: function.closure)
        defer { framePool.give(&frame) }
        try bindArguments(frame)
        if code.environmentSize > 0 {
            let environment = Environment(count: code.environmentSize, parent: function.closure, heap: heap)
            for (slot, index) in code.capturedParameters {
                environment[index] = frame.slots[slot]
                frame.slots[slot] = .unbound
            }
            frame.environment = environment
        }
        let flow = try code.body(frame)
        let result = flow == .returned ? returnValue : .none
        returnValue = .none
        if code.environmentSize > 0 { frame.releaseEnvironmentCycle() }
        return result
    }

    /// Python's argument binding, with Python's complaints.
    private func bind(_ arguments: Arguments, to function: FunctionObject, in frame: Frame) throws {
        let name = function.code.qualifiedName
        let positional = function.parameters.filter { $0.kind == .normal }
        let variadic = function.parameters.first { $0.kind == .variadic }
        let keywordVariadic = function.parameters.first { $0.kind == .keywordVariadic }
        var extra: [Object] = []
        for (i, value) in arguments.positional.enumerated() {
            if i < positional.count {
                frame.slots[positional[i].slot] = value
            } else if variadic != nil {
                extra.append(value)
            } else {
                let required = zip(function.parameters, function.defaults).filter {
                    $0.0.kind == .normal && $0.1 == nil
                }.count
                let takes = required == positional.count ? "\(required)" : "from \(required) to \(positional.count)"
                let given = arguments.positional.count
                throw PyError.type(
                    "\(name)() takes \(takes) positional argument\(positional.count == 1 && required == 1 ? "" : "s") but \(given) \(given == 1 ? "was" : "were") given"
                )
            }
        }
        if let variadic { frame.slots[variadic.slot] = .tuple(extra) }
        let extraKeywords = DictObject()
        for (keyword, value) in arguments.keywords {
            if let parameter = function.parameters.first(where: {
                $0.name == keyword && ($0.kind == .normal || $0.kind == .keywordOnly)
            }) {
                if case .unbound = frame.slots[parameter.slot] {
                    frame.slots[parameter.slot] = value
                } else {
                    throw PyError.type("\(name)() got multiple values for argument '\(keyword)'")
                }
            } else if keywordVariadic != nil {
                try extraKeywords.set(.string(keyword), value, self)
            } else {
                throw PyError.type("\(name)() got an unexpected keyword argument '\(keyword)'")
            }
        }
        if let keywordVariadic { frame.slots[keywordVariadic.slot] = .dict(extraKeywords) }
        var missing: [String] = []
        var missingKeywordOnly: [String] = []
        for (parameter, defaultValue) in zip(function.parameters, function.defaults) {
            guard parameter.kind == .normal || parameter.kind == .keywordOnly else { continue }
            guard case .unbound = frame.slots[parameter.slot] else { continue }
            if let defaultValue {
                frame.slots[parameter.slot] = defaultValue
            } else if parameter.kind == .normal {
                missing.append(parameter.name)
            } else {
                missingKeywordOnly.append(parameter.name)
            }
        }
        if !missing.isEmpty {
            throw PyError.type(
                "\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(Self.nameList(missing))"
            )
        }
        if !missingKeywordOnly.isEmpty {
            throw PyError.type(
                "\(name)() missing \(missingKeywordOnly.count) required keyword-only argument\(missingKeywordOnly.count == 1 ? "" : "s"): \(Self.nameList(missingKeywordOnly))"
            )
        }
    }

    /// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`: Python's list of missing names.
    static func nameList(_ names: [String]) -> String {
        let quoted = names.map { "'\($0)'" }
        switch quoted.count {
        case 1: return quoted[0]
        case 2: return quoted[0] + " and " + quoted[1]
        default: return quoted.dropLast().joined(separator: ", ") + ", and " + (quoted.last ?? "")
        }
    }
}
