/// A compiled `for target in iterable`: evaluates the iterable in one frame, tells `expect` how many elements it
/// will probably give (`Interpreter.lengthHint`), then for each element binds the target in another frame (a
/// comprehension's own) and runs `body`, stopping early when it returns `.breakLoop` or `.returned` (which is passed
/// back), as `Interpreter.forEach` does.
typealias Iteration = (
    _ frame: Frame, _ targetFrame: Frame, _ expect: (Int) -> Void, _ body: () throws -> Flow
) throws -> Flow

extension Compiler {
    /// The iteration of `for target in iterable`, the target compiled by `targets` (the comprehension's scope, or
    /// this one).
    func iteration(over iterable: Expression, into target: Expression, targets: Compiler) throws -> Iteration {
        if let pairs = try zipPairs(iterable, target, targets) { return pairs }
        let sequence = try expression(iterable)
        let store = try targets.target(target)
        let rt = reference
        return { frame, targetFrame, expect, body in
            let source = try sequence(frame)
            return try rt { rt in
                expect(rt.lengthHint(of: source))
                return try rt.forEach(source) { element in
                    try store(targetFrame, consume element)
                    return try body()
                }
            }
        }
    }

    /// `for a, b in zip(xs, ys)` with the built-in `zip`: each pair goes straight into the two targets, with no
    /// tuple made for it. `zip`'s arguments are evaluated and taken apart first, as `zip` does, with its errors.
    /// `nil` unless the loop has that shape; the compiled loop checks at each run that `zip` is still the built-in,
    /// and otherwise iterates what the call returns.
    private func zipPairs(_ iterable: Expression, _ target: Expression, _ targets: Compiler) throws -> Iteration? {
        guard case .call(let callee, let arguments) = iterable.kind, case .name("zip") = callee.kind,
            arguments.count == 2, arguments.allSatisfy({ $0.kind == .positional }),
            case .tuple(let items) = target.kind, items.count == 2,
            !items.contains(where: { if case .starred = $0.kind { return true } else { return false } }),
            case .type(let zipType)? = rt.builtins["zip"]
        else { return nil }
        let function = try expression(callee)
        let call = try expression(iterable)
        let first = try expression(arguments[0].value), second = try expression(arguments[1].value)
        let storeFirst = try targets.target(items[0]), storeSecond = try targets.target(items[1])
        let storePair = try targets.target(target)
        let line = iterable.position.line, column = iterable.position.column, cell = self.cell
        let rt = reference
        return { frame, targetFrame, expect, body in
            guard case .type(let called) = try function(frame), called === zipType else {
                let source = try call(frame)
                return try rt { rt in
                    expect(rt.lengthHint(of: source))
                    return try rt.forEach(source) { element in
                        try storePair(targetFrame, consume element)
                        return try body()
                    }
                }
            }
            let a = try first(frame), b = try second(frame)
            let (left, right): ([Object], [Object])
            do { (left, right) = try rt { try ($0.elements(of: a), $0.elements(of: b)) } } catch let error as PyError {
                throw error.placed(line: line, column: column, cell: cell)
            }
            let count = min(left.count, right.count)
            expect(min(count, 1 << 12))
            for i in 0..<count {
                try storeFirst(targetFrame, left[i])
                try storeSecond(targetFrame, right[i])
                let flow = try body()
                if flow == .breakLoop || flow == .returned { return flow }
            }
            return .normal
        }
    }
}
