import Micrograd

extension BuiltinCatalogue {
    static func engine(_ rt: Interpreter) -> [String: Object] {
        unowned(unsafe) let rt = rt
        // The tape refers to nothing of the interpreter's, so holding it makes no cycle (and costs no retain per use).
        let tape = rt.tape
        return Dictionary(
            uniqueKeysWithValues: [
                type(rt, "Value",
                    one: { x in
                        switch x {
                        case .float(let data): return .value(tape.value(data))
                        case .int(let i): return .value(tape.value(Double(i)))
                        default: return try value(Arguments([x]), rt)
                        }
                    }
                ) { args in try value(args, rt) },
                type(rt, "Neuron") { args in try neuron(args, rt, activation: .tanh) },
                type(rt, "Layer") { args in try layer(args, rt, activation: .tanh) },
                type(rt, "MLP") { args in try mlp(args, rt, activation: .tanh) },
            ])
    }

    /// `Neuron(nin, nonlin=True, activation=…)`; `activation` is the default for a lesson that does not say.
    static func neuron(_ args: Arguments, _ rt: Interpreter, activation defaultActivation: Activation) throws -> Object {
        try args.expect("Neuron", 0, 1, keywords: ["nin", "activation", "nonlin"])
        let nin = try size(args, 0, "nin", rt)
        let activation = try activationArgument(args) ?? defaultActivation
        let nonlinear = try args.keyword("nonlin").map { try rt.truth($0) } ?? true
        return .neuron(rt.drawing { Neuron(nin, activation: activation, nonlinear: nonlinear, tape: rt.tape, random: &$0) })
    }

    /// `Layer(nin, nout, nonlin=True, activation=…)`.
    static func layer(_ args: Arguments, _ rt: Interpreter, activation defaultActivation: Activation) throws -> Object {
        try args.expect("Layer", 0, 2, keywords: ["nin", "nout", "activation", "nonlin"])
        let nin = try size(args, 0, "nin", rt)
        let nout = try size(args, 1, "nout", rt)
        try rt.checkSize((nin + 1) * nout)
        let activation = try activationArgument(args) ?? defaultActivation
        let nonlinear = try args.keyword("nonlin").map { try rt.truth($0) } ?? true
        return .layer(
            rt.drawing { Layer(nin, nout, activation: activation, nonlinear: nonlinear, tape: rt.tape, random: &$0) })
    }

    /// `MLP(nin, nouts, activation=…)`: the hidden layers use the activation, the last is linear for ReLU networks
    /// as in the micrograd package.
    static func mlp(_ args: Arguments, _ rt: Interpreter, activation defaultActivation: Activation) throws -> Object {
        try args.expect("MLP", 0, 2, keywords: ["nin", "nouts", "activation"])
        let nin = try size(args, 0, "nin", rt)
        guard let sizesObject = args.argument(1, "nouts") else {
            throw PyError.type("MLP() missing required argument 'nouts'")
        }
        let nouts = try rt.elements(of: sizesObject).map { object -> Int in
            guard object.isIntLike, let n = object.asInt, n >= 0 else {
                throw PyError.type("MLP() layer sizes must be non-negative integers")
            }
            try rt.checkSize(n)
            return n
        }
        var total = 0
        for (a, b) in zip([nin] + nouts, nouts) {
            total += (a + 1) * b
            try rt.checkSize(total)
        }
        let activation = try activationArgument(args) ?? defaultActivation
        return .mlp(rt.drawing { MLP(nin, nouts, activation: activation, tape: rt.tape, random: &$0) })
    }

    /// `Value(data, label=…)`.
    private static func value(_ args: Arguments, _ rt: Interpreter) throws -> Object {
        try args.expect("Value", 0, 1, keywords: ["data", "label"])
        let data = try args.requireDouble(0, "Value", keyword: "data")
        let label = try args.keyword("label").map { try rt.str($0) } ?? ""
        return .value(rt.tape.value(data, label: label))
    }

    private static func size(_ args: Arguments, _ index: Int, _ name: String, _ rt: Interpreter) throws -> Int {
        let n = try args.requireInt(index, name, keyword: name)
        if n < 0 { throw PyError.value("\(name) must be non-negative, not \(n)") }
        try rt.checkSize(n)
        return n
    }

    /// `activation="tanh"` (the lecture's flavour) or `activation="relu"` (the micrograd package's); `nil` when
    /// the call does not say.
    private static func activationArgument(_ args: Arguments) throws -> Activation? {
        guard let value = args.keyword("activation") else { return nil }
        switch value.str.lowercased() {
        case "tanh": return .tanh
        case "relu": return .relu
        default: throw PyError.value("activation must be 'tanh' or 'relu', not \(value.repr)")
        }
    }
}

extension Interpreter {
    /// Runs an engine constructor with the session's generator, so weights follow Python's `random` draws.
    func drawing<T>(_ make: (inout PythonRandom) -> T) -> T {
        make(&random)
    }

    /// `neuron(x)`, `layer(x)`, `model(x)`: the engine's native forward pass. A layer (or network) with one output
    /// returns the value itself, as the lecture's `Layer.__call__` does.
    func callModel(_ model: Object, _ arguments: Arguments) throws -> Object {
        guard arguments.positional.count == 1, arguments.keywords.isEmpty else {
            throw PyError.type("\(model.typeName).__call__() takes exactly one argument (the inputs)")
        }
        return try callModel(model, arguments.positional[0])
    }

    /// `model(inputs)`.
    func callModel(_ model: Object, _ argument: Object) throws -> Object {
        let inputs = try elements(of: argument)
        var values: [Value] = []
        var numbers: [Double] = []
        if case .value = inputs.first { values.reserveCapacity(inputs.count) } else { numbers.reserveCapacity(inputs.count) }
        for input in inputs {
            switch input {
            case .value(let v): values.append(v)
            default:
                guard input.isNumber, let d = input.asDouble else {
                    throw PyError.type(
                        "unsupported operand type(s) for *: 'Value' and '\(input.typeName)'")
                }
                numbers.append(d)
            }
        }
        if !values.isEmpty, !numbers.isEmpty {
            values = inputs.map { input in
                if case .value(let v) = input { return v }
                return tape.value(input.asDouble ?? 0)
            }
            numbers = []
        }
        let useNumbers = values.isEmpty
        let outputs: [Value]
        switch model {
        case .neuron(let neuron): return .value(useNumbers ? neuron(numbers) : neuron(values))
        case .layer(let layer): outputs = useNumbers ? layer(numbers) : layer(values)
        case .mlp(let mlp): outputs = useNumbers ? mlp(numbers) : mlp(values)
        default: throw PyError.type("'\(model.typeName)' object is not callable")
        }
        if outputs.count == 1, let only = outputs.first { return .value(only) }
        return .list(ListObject(outputs.map { .value($0) }))
    }
}
