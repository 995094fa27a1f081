import Micrograd

/// Everything a running cell can reach: the session's names, engine tape, random generator, current plot and the
/// outputs collected so far, plus the counters that enforce `Limits`.
///
/// One interpreter lives as long as its `Session`. Compiled code refers to it without retaining it.
final class Interpreter {
    let limits: Limits
    let globals = Globals()
    let tape = Tape()
    /// Every heap object the session made, and the cycle collector.
    let heap = Heap()
    /// The built-in types, made once per session.
    let types: BuiltinTypes
    /// The frame module-level code runs in; module names live in `globals`, so it holds no slots.
    let moduleFrame = Frame(count: 0, closure: nil)
    /// The exceptions being handled, innermost last: what a bare `raise` re-raises, and the `__context__` of an
    /// exception raised meanwhile.
    @exclusivity(unchecked) var handling: [PyError] = []
    /// Python's recursion limit (`sys.setrecursionlimit`), at most `Limits.maximumRecursionDepth`.
    @exclusivity(unchecked) var recursionLimit: Int
    /// Whether a `Value` prints as the micrograd package prints it, `Value(data=2.0, grad=0.0)`: set once a lesson
    /// imports `micrograd.engine`, whose `Value` has that repr (the lecture's shows only the data).
    var valueReprShowsGrad = false
    /// Numbers for `id()` of objects that are not heap objects (built-in functions, models), given on request.
    var identityNumbers: [ObjectIdentifier: (object: AnyObject, number: Int)] = [:]
    /// Reusable frames, by size (see `Frame`).
    @exclusivity(unchecked) var framePool = FramePool()
    var random: PythonRandom
    /// The plot that `plt.*` calls are building, if any.
    var plot: Plot?
    /// Outputs of the running cell.
    var outputs: [Output] = []
    /// Printed text not yet turned into an output, so consecutive prints merge.
    var pendingText = ""
    var outputCharacters = 0
    /// Steps left in the running cell; one integer decrement per statement and loop iteration.
    @exclusivity(unchecked) var stepsLeft = 0
    /// The running cell's step budget, for the error message.
    var stepBudget = 0
    /// Nested calls of functions defined in the lesson.
    @exclusivity(unchecked) var callDepth = 0
    /// Numbers cells, so an error's position can be told apart from a position in an earlier cell.
    var cellNumber = 0
    /// The built-in functions and constants, by name.
    private(set) var builtins: [String: Object] = [:]
    /// The value of the `return` that is unwinding.
    @exclusivity(unchecked) var returnValue: Object = .none
    /// Imported modules, made once per session.
    var modules: [String: ModuleObject] = [:]
    /// The model whose `parameters()` were asked for last, and their objects (see `parameterObjects(of:)`).
    var lastParameterObjects: (model: AnyObject, objects: [Object])?

    /// The seed the session started with; `random.seed()` without an argument returns to it.
    let seed: Int

    init(seed: Int, limits: Limits) {
        self.seed = seed
        self.limits = limits
        recursionLimit = limits.recursionDepth
        random = PythonRandom(seed: seed)
        types = heap.withCurrent { BuiltinTypes() }
        heap.withCurrent {
            BaseMethods.install(self)
            builtins = BuiltinCatalogue.make(self)
        }
    }

    /// Frees everything the session made, cycles included: the globals, the built-ins' objects, every heap object.
    func tearDown() {
        heap.withCurrent {
            globals.removeAll()
            modules = [:]
            builtins = [:]
            handling = []
            lastParameterObjects = nil
            identityNumbers = [:]
            framePool.removeAll()
            heap.tearDown()
        }
    }

    // MARK: Limits

    /// Charges `steps` against the cell's budget.
    @inline(__always) func charge(_ steps: Int = 1) throws {
        stepsLeft &-= steps
        if stepsLeft < 0 { throw budgetExhausted() }
    }

    func budgetExhausted() -> PyError {
        PyError(limit: "TimeoutError", "step budget of \(stepBudget) exhausted (raise it with budget=N)")
    }

    /// Checks the engine's live values against the limit, reclaiming unreachable ones first.
    @inline(__always) func checkEngineValues() throws {
        if tape.count > limits.engineValues { try reclaimEngineValues() }
    }

    private func reclaimEngineValues() throws {
        guard tape.count > limits.engineValues else { return }
        tape.collect()
        if tape.count > limits.engineValues {
            throw PyError(
                limit: "MemoryError", "more than \(limits.engineValues) engine values are alive (Gradbook's limit)")
        }
    }

    /// Charges for the elements a built-in, a method or an operator has just made: a step for every
    /// `Limits.elementsPerStep` list, tuple or iterator elements, and for every 16 times as many bytes of a string.
    /// Making is work like any other, and this is what bounds the memory a cell can fill: one collection is capped
    /// by `collectionElements`, but `[[0] * 10**7 for _ in range(100)]` makes a hundred of them, and without the
    /// charge it filled 23 GB before its step budget noticed.
    @inline(__always) func charged(_ made: Object) throws -> Object {
        switch made {
        case .list(let list): try chargeMade(list.items.count)
        case .tuple(let tuple): try chargeMade(tuple.count)
        case .iterator(let iterator): try chargeMade(iterator.items.count)
        case .string(let string): try chargeMade(string.utf8.count >> 4)
        default: break
        }
        return made
    }

    /// Charges for `count` elements made (see `charged`).
    @inline(__always) func chargeMade(_ count: Int) throws {
        try charge(count / Limits.elementsPerStep)
    }

    /// Fails with `MemoryError` when a collection would exceed `limits.collectionElements`.
    @inline(__always) func checkSize(_ count: Int) throws {
        if count > limits.collectionElements { throw Operators.memoryError(limit: limits.collectionElements) }
    }

    // MARK: Outputs

    func write(_ text: String) throws {
        outputCharacters += text.count
        if outputCharacters > limits.outputCharacters {
            throw PyError(
                limit: "RuntimeError", "output limit of \(limits.outputCharacters) characters exceeded (Gradbook's limit)")
        }
        pendingText += text
    }

    func emit(_ output: Output) {
        flushText()
        outputs.append(output)
    }

    func flushText() {
        if !pendingText.isEmpty {
            outputs.append(.text(pendingText))
            pendingText = ""
        }
    }

    /// Emits the plot being built, if it shows anything, and starts afresh.
    func flushPlot() {
        if let plot, !plot.series.isEmpty || plot.boundary != nil {
            emit(.plot(plot))
        }
        plot = nil
    }
}
