import Foundation

extension Interpreter {
    /// Runs one parsed cell: compiles it against the session's names, runs it, and returns its outputs.
    /// `display` shows the value of a final bare expression, as Jupyter does.
    func execute(_ program: Program, stepBudget budget: Int, display: Bool = true) -> [Output] {
        heap.withCurrent { executeWithHeap(program, stepBudget: budget, display: display) }
    }

    private func executeWithHeap(_ program: Program, stepBudget budget: Int, display: Bool) -> [Output] {
        cellNumber += 1
        outputs = []
        pendingText = ""
        outputCharacters = 0
        stepBudget = budget
        stepsLeft = budget
        callDepth = 0
        returnValue = .none
        plot = nil
        handling = []
        do {
            let compiler = Compiler(rt: self, scope: Scope(parent: nil, kind: .module), cell: cellNumber)
            let body = display ? try compiler.cell(program.body) : try compiler.block(program.body)
            _ = try body(moduleFrame)
            flushText()
            flushPlot()
        } catch let error as PyError {
            flushText()
            flushPlot()
            let diagnostic = Diagnostic(
                line: error.line ?? 1, column: error.column ?? 1, kind: error.kind, message: finalMessage(of: error))
            outputs.append(.error(diagnostic))
        } catch {
            flushText()
            outputs.append(.error(Diagnostic(line: 1, column: 1, kind: "SystemError", message: "\(error)")))
        }
        let result = outputs
        outputs = []
        handling = []
        // Between cells nothing is running, so this is where leftover cycles go.
        heap.collectAll()
        return result
    }
}

extension Compiler {
    /// A cell's body: like any block, except that a final bare expression is displayed (its `repr`, unless
    /// it is `None`), as Jupyter shows `Out[…]`.
    func cell(_ statements: [Statement]) throws -> Execute {
        guard let last = statements.last, case .expression(let expression) = last.kind else {
            return try block(statements)
        }
        unowned(unsafe) let rt = self.rt
        let value = try self.expression(expression)
        let shown: Execute = { frame in
            let result = try value(frame)
            if case .none = result { return .normal }
            rt.flushText()
            let text = try rt.displayText(result)
            rt.outputCharacters += text.count
            if rt.outputCharacters > rt.limits.outputCharacters {
                throw PyError(
                    "RuntimeError", "output limit of \(rt.limits.outputCharacters) characters exceeded (Gradbook's limit)")
            }
            rt.emit(.value(text))
            return .normal
        }
        let leading = try block(Array(statements.dropLast()))
        let line = last.position.line, column = last.position.column, cell = self.cell
        return { frame in
            let flow = try leading(frame)
            if flow != .normal { return flow }
            try rt.charge()
            do { return try shown(frame) } catch let error as PyError {
                throw error.placed(line: line, column: column, cell: cell)
            }
        }
    }
}
