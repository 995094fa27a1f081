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

    /// The same arguments with `first` in front: how a method receives its instance.
    func prepending(_ first: Object) -> Arguments {
        Arguments([first] + positional, keywords: keywords)
    }
}

/// What a `def` or `lambda` compiles to, once: shared by every function object that executing the definition
/// makes (a method's `_backward` closure is made anew at every call, its code is not).
final class CodeObject {
    /// One parameter's binding rule, resolved at compile time.
    struct Parameter {
        let name: String
        let kind: MicrogradScript.Parameter.Kind
        /// The frame slot the argument is bound to.
        let slot: Int
    }

    /// `__name__`.
    let name: String
    /// `__qualname__`: `Value.__add__.<locals>._backward`.
    let qualifiedName: String
    let parameters: [Parameter]
    /// Local variables of a call, parameters first.
    let slotCount: Int
    /// Captured variables of a call (see `Environment`); 0 when nothing inside captures any.
    let environmentSize: Int
    /// Parameters that closures capture: moved from their slot into the environment when the call starts.
    let capturedParameters: [(slot: Int, index: Int)]
    let body: Execute
    /// Whether a call may bind positional arguments straight to slots: only plain parameters.
    let positionalOnlySimple: Bool
    /// The docstring, if the body starts with one.
    let docstring: String?

    init(
        name: String, qualifiedName: String, parameters: [Parameter], slotCount: Int, environmentSize: Int,
        capturedParameters: [(slot: Int, index: Int)], body: @escaping Execute, docstring: String?
    ) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.parameters = parameters
        self.slotCount = slotCount
        self.environmentSize = environmentSize
        self.capturedParameters = capturedParameters
        self.body = body
        self.docstring = docstring
        positionalOnlySimple = parameters.allSatisfy { $0.kind == .normal }
    }
}

/// A function defined in the lesson with `def` or `lambda`: its code, its default values, and the environment it
/// captured.
final class FunctionObject: HeapObject {
    let code: CodeObject
    /// Default values, evaluated once at `def` time, aligned with `code.parameters` (`nil` where there is none).
    @exclusivity(unchecked) private(set) var defaults: [Object?]
    /// The environment of the call this function was defined in (and its ancestors), for its free variables.
    @exclusivity(unchecked) private(set) var closure: Environment?

    init(code: CodeObject, defaults: [Object?], closure: Environment?, heap: Heap) {
        self.code = code
        self.defaults = defaults
        self.closure = closure
        if closure == nil, defaults.allSatisfy({ $0?.heapObject == nil }) {
            super.init(untracked: ())
        } else {
            super.init(heap: heap)
        }
    }

    var name: String { code.name }
    var parameters: [CodeObject.Parameter] { code.parameters }
    var positionalOnlySimple: Bool { code.positionalOnlySimple }

    deinit {
        guard !defaults.isEmpty else { return }
        withHeap { heap in
            var held = defaults.compactMap { $0 }
            defaults = []
            heap.releaseLater(&held)
        }
    }

    override func traverse(_ visit: (HeapObject) -> Void) {
        for case let value? in defaults { value.visitHeapObject(visit) }
        if let closure { visit(closure) }
    }

    override func clearReferences() {
        defaults = defaults.map { _ in nil }
        closure = nil
    }
}

/// A function implemented in Swift: `len`, `math.exp`, `plt.plot`, …
final class BuiltinFunction {
    let name: String
    let call: (Arguments) throws -> Object
    /// The same function called with exactly one positional argument, for the hot built-ins (`float`, `len`,
    /// `sum`, `range`): `list(map(f, xs))` then builds no argument list per element. It must answer exactly as
    /// `call` would, errors included; the simplest way is to hand anything unusual to `call`.
    let one: ((Object) throws -> Object)?
    /// The same with exactly two positional arguments (`map(f, xs)`, `isinstance(x, T)`), under the same rule.
    let two: ((Object, Object) throws -> Object)?

    init(
        _ name: String, one: ((Object) throws -> Object)? = nil, two: ((Object, Object) throws -> Object)? = nil,
        _ call: @escaping (Arguments) throws -> Object
    ) {
        self.name = name
        self.one = one
        self.two = two
        self.call = call
    }
}
