import Micrograd

extension Compiler {
    /// An f-string: literal pieces and interpolations, each formatted with its conversion and spec.
    func formattedString(_ parts: [FormattedStringPart]) throws -> Evaluate {
        let build = try formattedText(parts)
        return { frame in .string(try build(frame)) }
    }

    private func formattedText(_ parts: [FormattedStringPart]) throws -> (Frame) throws -> String {
        let pieces = try parts.map { part -> (Frame) throws -> String in
            switch part {
            case .literal(let text):
                return { _ in text }
            case .interpolation(let formatted):
                let value = try expression(formatted.expression)
                let spec = formatted.formatSpec.isEmpty ? nil : try formattedText(formatted.formatSpec)
                let conversion = formatted.conversion
                let rt = reference
                return placingText(formatted.expression.position) { frame in
                    var object = try value(frame)
                    if case .float(let d) = object, spec == nil, conversion == nil { return PythonFloat.repr(d) }
                    switch conversion {
                    case .repr?, .ascii?: object = .string(try rt { try $0.repr(object) })
                    case .str?: object = .string(try rt { try $0.str(object) })
                    case nil: break
                    }
                    let text = try spec?(frame) ?? ""
                    return try rt { try $0.format(object, spec: text) }
                }
            }
        }
        if pieces.count == 1, let only = pieces.first { return only }
        return { frame in
            var text = ""
            for piece in pieces { text += try piece(frame) }
            return text
        }
    }

    private func placingText(_ position: SourcePosition, _ body: @escaping (Frame) throws -> String)
        -> (Frame) throws -> String
    {
        let line = position.line, column = position.column, cell = self.cell
        return { frame in
            do { return try body(frame) } catch let error as PyError {
                throw error.placed(line: line, column: column, cell: cell)
            }
        }
    }
}
