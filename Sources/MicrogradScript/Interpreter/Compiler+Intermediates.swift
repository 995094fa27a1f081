import Foundation
import Micrograd

/// What an arithmetic sub-expression gives the operation that consumes it: an object, or an engine node that this
/// expression just made and nothing else refers to (a `Micrograd.Intermediate`, which has no handle).
///
/// `(1 + -yi*scorei).relu()` makes three nodes; evaluated through operands, only the last gets a `Value` handle
/// (an allocation, a registration and their undoing), and the nodes are those the general path makes, in the same
/// order, since both go through the engine's operations on intermediates.
enum Operand {
    case object(Object)
    case node(Intermediate)

    /// As an object: an intermediate gets its handle.
    @inline(__always) func object(on tape: Tape) -> Object {
        switch self {
        case .object(let object): return object
        case .node(let node): return .value(tape.value(of: node))
        }
    }
}

typealias EvaluateOperand = (Frame) throws -> Operand

extension Compiler {
    /// The binary operators whose value cases are built from intermediates (the rest go through `Operators`).
    static func buildsNodes(_ op: BinaryOperator) -> Bool { op == .add || op == .subtract || op == .multiply }

    /// Whether `expression` is arithmetic (`+`, `-`, `*`, unary `-`, a value method without arguments).
    static func isArithmetic(_ expression: Expression) -> Bool {
        switch expression.kind {
        case .binary(let op, _, _): return buildsNodes(op)
        case .unary(.negate, _): return true
        case .call(let callee, let arguments):
            guard arguments.isEmpty, case .attribute(_, let name) = callee.kind else { return false }
            return NodeMethod(name) != nil
        default: return false
        }
    }

    /// Whether `expression` is arithmetic on arithmetic: the inner results can then be intermediates. (Arithmetic
    /// on names and literals alone has nothing to spare and takes the plain paths, which are quicker for numbers.)
    static func consumesIntermediates(_ expression: Expression) -> Bool {
        guard isArithmetic(expression) else { return false }
        switch expression.kind {
        case .binary(_, let lhs, let rhs): return isArithmetic(lhs) || isArithmetic(rhs)
        case .unary(_, let inner): return isArithmetic(inner)
        case .call(let callee, _):
            guard case .attribute(let receiver, _) = callee.kind else { return false }
            return isArithmetic(receiver)
        default: return false
        }
    }

    /// An arithmetic expression on arithmetic, evaluated through operands, its result wrapped once. The tape
    /// collects first if due, as every engine operation does: while the operands are evaluated it must not.
    func arithmetic(_ expression: Expression) throws -> Evaluate {
        let compute = try operand(expression)
        let tape = rt.tape
        return { frame in
            tape.collectIfNeeded()
            return try compute(frame).object(on: tape)
        }
    }

    /// Compiles `expression` as an operand. The left operand of an operator may stay an intermediate while the
    /// right one is evaluated only if the right one is pure (see `isPure`): nothing else may reclaim or compact
    /// the tape while an intermediate waits.
    func operand(_ expression: Expression) throws -> EvaluateOperand {
        switch expression.kind {
        case .binary(let op, let lhs, let rhs) where Self.buildsNodes(op):
            let right = try operand(rhs)
            let left = Self.isPure(rhs) ? try operand(lhs) : objectOperand(try self.expression(lhs))
            return arithmetic(op, left, right, at: expression.position)
        case .unary(.negate, let inner):
            return negation(try operand(inner), at: expression.position)
        case .call(let callee, let arguments) where arguments.isEmpty:
            if case .attribute(let object, let name) = callee.kind, let method = NodeMethod(name) {
                return methodCall(method, name, try operand(object), at: expression.position)
            }
        case .name(let variable):
            // A variable holding a value gives its node in place: the variable keeps the node alive until the
            // operation consumes it, since nothing that could rebind the variable runs in between.
            let slot = address(of: variable)
            let read = try self.expression(expression)
            return { frame in
                if let pointer = slot.pointer(in: frame) {
                    if case .value(let value) = pointer.pointee { return .node(Intermediate(of: value)) }
                } else if let value = slot.engineValue(in: frame) {
                    return .node(Intermediate(of: value))
                }
                return .object(try read(frame))
            }
        default: break
        }
        return objectOperand(try self.expression(expression))
    }

    /// Whether evaluating `expression` as an operand can neither make a leaf, collect or reclaim, nor run lesson
    /// code: arithmetic (as `operand` compiles it) of literals, names, and plain expressions.
    static func isPure(_ expression: Expression) -> Bool {
        switch expression.kind {
        case .binary(let op, let lhs, let rhs): return buildsNodes(op) && isPure(lhs) && isPure(rhs)
        case .unary(.negate, let inner): return isPure(inner)
        case .call(let callee, let arguments):
            guard arguments.isEmpty, case .attribute(let object, let name) = callee.kind else { return false }
            return NodeMethod(name) != nil && isPure(object)
        default: return isPlain(expression)
        }
    }

    /// Literals, names, and attributes, comparisons and logic of those: compiled as ordinary expressions, they make
    /// no node (arithmetic there would be an expression of its own, which may collect).
    static func isPlain(_ expression: Expression) -> Bool {
        switch expression.kind {
        case .integer, .float, .string, .boolean, .none, .name: return true
        case .attribute(let object, _): return isPlain(object)
        case .comparison(let first, let steps): return isPlain(first) && steps.allSatisfy { isPlain($0.operand) }
        case .logical(_, let operands): return operands.allSatisfy(isPlain)
        case .unary(.not, let inner): return isPlain(inner)
        default: return false
        }
    }

    private func objectOperand(_ evaluate: @escaping Evaluate) -> EvaluateOperand {
        { frame in .object(try evaluate(frame)) }
    }

    /// `a + b`, `a - b`, `a * b`: numbers as `binary` computes them, engine values (or intermediates) with numbers
    /// or each other through the engine, anything else through `Operators` (with its errors).
    private func arithmetic(
        _ op: BinaryOperator, _ lhs: @escaping EvaluateOperand, _ rhs: @escaping EvaluateOperand,
        at position: SourcePosition
    ) -> EvaluateOperand {
        let line = position.line, column = position.column, cell = self.cell
        let function = binaryFunction(op)
        let tape = rt.tape
        return { frame in
            let a = try lhs(frame)
            let b: Operand
            if case .node = a {
                // The right operand is pure, but "pure" admits attribute reads, and a lesson's property may run
                // code that makes values: the tape must not reclaim the pending node meanwhile.
                tape.pendingHolds &+= 1
                defer { tape.pendingHolds &-= 1 }
                b = try rhs(frame)
            } else {
                b = try rhs(frame)
            }
            do { return try Self.combine(op, a, b, tape, function) } catch let error as PyError {
                throw error.placed(line: line, column: column, cell: cell)
            }
        }
    }

    /// `a op b` for `+`, `-` or `*`, with `function` (the operator's general path) for what the engine does not
    /// take; errors unplaced.
    @inline(__always) static func combine(
        _ op: BinaryOperator, _ a: Operand, _ b: Operand, _ tape: Tape, _ function: (Object, Object) throws -> Object
    ) throws -> Operand {
        if case .object(.float(let x)) = a, case .object(.float(let y)) = b {
            switch op {
            case .add: return .object(.float(x + y))
            case .subtract: return .object(.float(x - y))
            default: return .object(.float(x * y))
            }
        }
        if let node = engineArithmetic(op, a, b, tape) { return .node(node) }
        return .object(try function(a.object(on: tape), b.object(on: tape)))
    }

    /// One side of an operation on engine values: a node, a number (an int, float or bool, as `asDouble` reads
    /// it), or something else.
    private enum Term {
        case engine(Intermediate)
        case number(Double)
        case other
    }

    /// The engine's node for `a op b` when one side is an engine value and the other a value or a number; `nil`
    /// otherwise.
    @inline(__always) private static func engineArithmetic(_ op: BinaryOperator, _ a: Operand, _ b: Operand, _ tape: Tape)
        -> Intermediate?
    {
        switch (term(a, tape), term(b, tape)) {
        case (.engine(let x), .engine(let y)):
            switch op {
            case .add: return tape.add(x, y)
            case .subtract: return tape.subtract(x, y)
            default: return tape.multiply(x, y)
            }
        case (.engine(let x), .number(let d)):
            switch op {
            case .add: return tape.add(x, d)
            case .subtract: return tape.subtract(x, d)
            default: return tape.multiply(x, d)
            }
        case (.number(let d), .engine(let y)):
            switch op {
            case .add: return tape.add(d, y)
            case .subtract: return tape.subtract(d, y)
            default: return tape.multiply(d, y)
            }
        default: return nil
        }
    }

    @inline(__always) private static func term(_ operand: Operand, _ tape: Tape) -> Term {
        switch operand {
        case .node(let node): return .engine(node)
        case .object(.value(let value)): return .engine(Intermediate(of: value))
        case .object(let object): return object.asDouble.map(Term.number) ?? .other
        }
    }

    /// `-a`: an engine value through the engine, anything else through `Operators.negate`.
    private func negation(_ inner: @escaping EvaluateOperand, at position: SourcePosition) -> EvaluateOperand {
        let line = position.line, column = position.column, cell = self.cell
        let rt = reference
        let tape = rt.tape
        return { frame in
            do {
                switch try inner(frame) {
                case .node(let node): return .node(tape.negate(node))
                case .object(.value(let value)): return .node(tape.negate(Intermediate(of: value)))
                case .object(let object): return .object(try rt { try $0.unary(.negate, object) })
                }
            } catch let error as PyError {
                throw error.placed(line: line, column: column, cell: cell)
            }
        }
    }

    /// `receiver.relu()` and the other value methods that make a node; any other receiver through `callMethod`.
    private func methodCall(
        _ method: NodeMethod, _ name: String, _ receiver: @escaping EvaluateOperand, at position: SourcePosition
    ) -> EvaluateOperand {
        let line = position.line, column = position.column, cell = self.cell
        let tape = rt.tape
        let rt = reference
        return { frame in
            let owner = try receiver(frame)
            do {
                switch owner {
                case .node(let node): return .node(try method.node(of: node, on: tape))
                case .object(.value(let value)): return .node(try method.node(of: Intermediate(of: value), on: tape))
                case .object(let object): return .object(try rt { try $0.callMethod(object, name, Arguments([])) })
                }
            } catch let error as PyError {
                throw error.placed(line: line, column: column, cell: cell)
            }
        }
    }
}
