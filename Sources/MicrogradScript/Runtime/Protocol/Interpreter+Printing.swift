import Micrograd

extension Interpreter {
    /// Python's `repr(x)`: what a final bare expression shows. A lesson's `__repr__` is called wherever the
    /// object appears, inside containers too.
    func repr(_ object: Object) throws -> String {
        var seen: [ObjectIdentifier] = []
        return try repr(object, seen: &seen)
    }

    /// Python's `str(x)`: what `print` shows.
    func str(_ object: Object) throws -> String {
        switch object {
        case .string(let s): return s
        case .instance(let instance):
            if let method = instance.type.special(.str, epoch: typeEpoch) {
                return try stringResult(of: method, object, "__str__")
            }
            return try repr(object)
        case .native(let native): return try native.str(self)
        default: return try repr(object)
        }
    }

    /// `format(x, spec)` and f-string fields: a lesson's `__format__`, the built-in formats of numbers and
    /// strings, and `str(x)` for an empty spec.
    func format(_ object: Object, spec: String) throws -> String {
        switch object {
        case .instance(let instance):
            if let method = instance.type.special(.format, epoch: typeEpoch), case .function = method {
                let result = try callSpecial(method, object, [.string(spec)])
                guard case .string(let text) = result else {
                    throw PyError.type("__format__ must return a str, not \(typeName(result))")
                }
                return text
            }
            if spec.isEmpty { return try str(object) }
            throw PyError.type("unsupported format string passed to \(instance.type.name).__format__")
        case .native(let native):
            if let text = try native.format(spec, self) { return text }
            if spec.isEmpty { return try str(object) }
            throw PyError.type("unsupported format string passed to \(native.type.name).__format__")
        default:
            if spec.isEmpty { return try str(object) }
            return try FormatSpec.format(object, spec: spec)
        }
    }

    /// Calls a `__str__` or `__repr__` and checks that it returned a string, as Python does.
    private func stringResult(of method: Object, _ object: Object, _ name: String) throws -> String {
        let result = try callSpecial(method, object, [])
        guard case .string(let text) = result else {
            throw PyError.type("\(name) returned non-string (type \(typeName(result)))")
        }
        return text
    }

    /// `repr` that prints a container already being printed as `[...]`, as Python does for `a.append(a)`.
    private func repr(_ object: Object, seen: inout [ObjectIdentifier]) throws -> String {
        // Python raises RecursionError for absurdly nested containers; Gradbook elides them, so printing can
        // never exhaust the native stack.
        if seen.count > Object.maximumReprDepth { return "..." }
        switch object {
        case .list(let list):
            let id = ObjectIdentifier(list)
            if seen.contains(id) { return "[...]" }
            seen.append(id)
            defer { seen.removeLast() }
            var parts: [String] = []
            for item in list.items { parts.append(try repr(item, seen: &seen)) }
            return "[" + parts.joined(separator: ", ") + "]"
        case .tuple(let tuple):
            seen.append(ObjectIdentifier(tuple))
            defer { seen.removeLast() }
            var parts: [String] = []
            for item in tuple.items { parts.append(try repr(item, seen: &seen)) }
            if parts.count == 1 { return "(" + parts[0] + ",)" }
            return "(" + parts.joined(separator: ", ") + ")"
        case .dict(let dict):
            let id = ObjectIdentifier(dict)
            if seen.contains(id) { return "{...}" }
            seen.append(id)
            defer { seen.removeLast() }
            var parts: [String] = []
            for (key, value) in dict.entries {
                parts.append(try repr(key, seen: &seen) + ": " + repr(value, seen: &seen))
            }
            return "{" + parts.joined(separator: ", ") + "}"
        case .set(let set):
            if set.count == 0 { return "set()" }
            let id = ObjectIdentifier(set)
            if seen.contains(id) { return "{...}" }
            seen.append(id)
            defer { seen.removeLast() }
            var parts: [String] = []
            for element in set.elements { parts.append(try repr(element, seen: &seen)) }
            return "{" + parts.joined(separator: ", ") + "}"
        case .instance(let instance):
            if let method = instance.type.special(.repr, epoch: typeEpoch) {
                return try stringResult(of: method, object, "__repr__")
            }
            return defaultRepr(of: instance)
        case .native(let native): return try native.repr(self)
        case .function(let function): return "<function \(function.code.qualifiedName) at \(address(of: function))>"
        case .boundMethod(let method):
            if case .function(let function)? = method.function {
                return "<bound method \(function.code.qualifiedName) of \(try repr(method.receiver, seen: &seen))>"
            }
            if case .type(let type) = method.receiver {
                return "<built-in method \(method.name) of type object at \(address(of: type))>"
            }
            return "<built-in method \(method.name) of \(typeName(method.receiver)) object at "
                + "0x\(String(identity(of: method.receiver), radix: 16))>"
        case .type(let type):
            return type.module == "builtins" ? "<class '\(type.name)'>" : "<class '\(type.module).\(type.qualifiedName)'>"
        case .value(let value) where valueReprShowsGrad:
            // The package starts every gradient, and resets it in `zero_grad`, as the int 0; a zero gradient prints
            // so. (One that backward summed to exactly 0.0 would print `0.0` there: rarer in lessons.)
            let grad = value.grad == 0 ? "0" : PythonFloat.repr(value.grad)
            return "Value(data=\(PythonFloat.repr(value.data)), grad=\(grad))"
        default: return object.repr
        }
    }

    /// `object.__repr__`: `<__main__.Point object at 0x7f00000004b0>`.
    func defaultRepr(of instance: Instance) -> String {
        "<\(instance.type.module).\(instance.type.qualifiedName) object at \(address(of: instance))>"
    }
}
