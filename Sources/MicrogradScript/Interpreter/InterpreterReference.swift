import Micrograd

/// How compiled code and built-ins reach their interpreter while a cell runs.
///
/// They must not retain it: the interpreter owns, through its globals, the functions whose compiled bodies refer to
/// it, so a strong reference would be a cycle that no session could free. An `unowned(unsafe)` reference avoids the
/// cycle but costs a retain and a release at every use, because Swift turns each use into a strong copy; in a loop
/// body that is several atomic operations per statement. This reference lends the interpreter to `body` without
/// either: it is valid for as long as the session runs code, which is the only time compiled code runs.
struct InterpreterReference {
    private let unmanaged: Unmanaged<Interpreter>

    init(_ interpreter: Interpreter) {
        unmanaged = .passUnretained(interpreter)
    }

    /// Runs `body` with the interpreter, borrowed: `try rt { try $0.call(f, x) }`.
    @inline(__always) func callAsFunction<Result>(_ body: (Interpreter) throws -> Result) rethrows -> Result {
        try unmanaged._withUnsafeGuaranteedRef(body)
    }

    /// Charges `steps` against the running cell's budget (see `Interpreter.charge`).
    @inline(__always) func charge(_ steps: Int = 1) throws {
        try self { try $0.charge(steps) }
    }

    /// Charges a statement's step and collects cycles if a collection is due: what every statement does first.
    @inline(__always) func beginStatement() throws {
        try self { rt in
            try rt.charge()
            rt.heap.collectIfDue()
        }
    }

    /// Checks the engine's live values against the limit (see `Interpreter.checkEngineValues`).
    @inline(__always) func checkEngineValues() throws {
        try self { try $0.checkEngineValues() }
    }

    /// The interpreter's engine tape.
    @inline(__always) var tape: Tape { self { $0.tape } }

    /// Fails with `MemoryError` past the collection limit (see `Interpreter.checkSize`).
    @inline(__always) func checkSize(_ count: Int) throws {
        try self { try $0.checkSize(count) }
    }

    /// All elements of an iterable (see `Interpreter.elements(of:)`).
    @inline(__always) func elements(of iterable: Object) throws -> [Object] {
        try self { try $0.elements(of: iterable) }
    }

    /// Calls a callable with one argument (see `Interpreter.call(_:_:)`).
    @inline(__always) func call(_ callee: Object, _ argument: Object) throws -> Object {
        try self { try $0.call(callee, argument) }
    }

    /// Calls a callable with two arguments (see `Interpreter.call(_:_:_:)`).
    @inline(__always) func call(_ callee: Object, _ first: Object, _ second: Object) throws -> Object {
        try self { try $0.call(callee, first, second) }
    }

    /// Calls a callable (see `Interpreter.call(_:_:)`).
    @inline(__always) func call(_ callee: Object, _ arguments: Arguments) throws -> Object {
        try self { try $0.call(callee, arguments) }
    }
}
