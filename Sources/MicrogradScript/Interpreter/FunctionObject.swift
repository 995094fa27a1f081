/// The compiled form of an expression: evaluates it in a frame.
typealias Evaluate = (Frame) throws -> Object
/// The compiled form of a statement: runs it in a frame and says how control leaves it.
typealias Execute = (Frame) throws -> Flow

/// How control leaves a statement. A `return` leaves its value in `Interpreter.returnValue`.
enum Flow {
    case normal
    case breakLoop
    case continueLoop
    case returned
}

/// The arguments of one call, positional then keyword, as the caller wrote them.
struct Arguments {
    var positional: [Object]
    var keywords: [(name: String, value: Object)]

    init(_ positional: [Object], keywords: [(name: String, value: Object)] = []) {
        self.positional = positional
        self.keywords = keywords
    }

    /// The keyword argument `name`, if given.
    func keyword(_ name: String) -> Object? {
        keywords.first { $0.name == name }?.value
    }
}

/// A function defined in the lesson with `def` or `lambda`.
final class FunctionObject {
    /// One parameter's binding rule, resolved at compile time.
    struct Parameter {
        let name: String
        let kind: MicrogradScript.Parameter.Kind
        let slot: Int
    }

    let name: String
    let parameters: [Parameter]
    /// Default values, evaluated once at `def` time, aligned with `parameters` (`nil` where there is none).
    let defaults: [Object?]
    let slotCount: Int
    let body: Execute
    /// The frame the function was defined in: its view of enclosing variables.
    let closure: Frame
    /// Whether a call may bind positional arguments straight to slots (only plain parameters, no defaults
    /// missing): the fast path of calls.
    let positionalOnlySimple: Bool
    /// Whether the body defines functions of its own, whose closures point back at the call's frame.
    let definesFunctions: Bool

    init(
        name: String, parameters: [Parameter], defaults: [Object?], slotCount: Int, body: @escaping Execute,
        closure: Frame, definesFunctions: Bool
    ) {
        self.definesFunctions = definesFunctions
        self.name = name
        self.parameters = parameters
        self.defaults = defaults
        self.slotCount = slotCount
        self.body = body
        self.closure = closure
        positionalOnlySimple = parameters.allSatisfy { $0.kind == .normal }
    }
}

/// A function implemented in Swift: `len`, `math.exp`, `plt.plot`, `Value`, …
final class BuiltinFunction {
    let name: String
    /// Whether it is also a type (`int`, `list`, `Value`), usable with `isinstance` and shown as `<class 'int'>`.
    let isType: Bool
    let call: (Arguments) throws -> Object
    /// The same function called with exactly one positional argument, for the hot built-ins (`Value`, `float`,
    /// `len`, `list`, `sum`, `range`): `list(map(Value, xrow))` then builds no argument list per element. It must
    /// answer exactly as `call` would, errors included; the simplest way is to hand anything unusual to `call`.
    let one: ((Object) throws -> Object)?
    /// The same with exactly two positional arguments (`map(Value, xrow)`, `isinstance(x, Value)`), under the
    /// same rule.
    let two: ((Object, Object) throws -> Object)?

    init(
        _ name: String, isType: Bool = false, one: ((Object) throws -> Object)? = nil,
        two: ((Object, Object) throws -> Object)? = nil, _ call: @escaping (Arguments) throws -> Object
    ) {
        self.name = name
        self.isType = isType
        self.one = one
        self.two = two
        self.call = call
    }
}
