/// Python's set operators and their method spellings: `|` (`union`), `&` (`intersection`), `-` (`difference`),
/// `^` (`symmetric_difference`), their in-place forms, and the subset comparisons. Results keep the order in which
/// Gradbook's sets iterate: the left operand's elements first.
enum SetAlgebra {
    /// `a op b` as a new set.
    static func combine(_ a: SetObject, _ op: BinaryOperator, _ b: SetObject, _ rt: Interpreter) throws -> Object {
        let result = SetObject()
        switch op {
        case .bitOr:
            for element in a.elements { try result.insert(element, rt) }
            for element in b.elements { try result.insert(element, rt) }
        case .bitAnd:
            for element in a.elements where try b.contains(element, rt) { try result.insert(element, rt) }
        case .subtract:
            for element in a.elements where !(try b.contains(element, rt)) { try result.insert(element, rt) }
        case .bitXor:
            for element in a.elements where !(try b.contains(element, rt)) { try result.insert(element, rt) }
            for element in b.elements where !(try a.contains(element, rt)) { try result.insert(element, rt) }
        default:
            throw rt.unsupportedOperands(op, .set(a), .set(b))
        }
        try rt.chargeMade(result.count)
        return .set(result)
    }

    /// `a op= b`, changing `a`.
    static func update(_ a: SetObject, _ op: BinaryOperator, _ b: SetObject, _ rt: Interpreter) throws {
        guard case .set(let combined) = try combine(a, op, b, rt) else { return }
        let elements = combined.elements
        a.removeAll()
        for element in elements { try a.insert(element, rt) }
    }

    /// `a <= b`: every element of `a` is in `b`.
    static func isSubset(_ a: SetObject, of b: SetObject, _ rt: Interpreter) throws -> Bool {
        guard a.count <= b.count else { return false }
        for element in a.elements where !(try b.contains(element, rt)) { return false }
        return true
    }

    /// The set methods that take any iterables: `union`, `intersection`, `difference`, `symmetric_difference`,
    /// their `_update` forms, `issubset`, `issuperset`, `isdisjoint`. `nil` for other names.
    static func method(_ set: SetObject, _ name: String, _ arguments: Arguments, _ rt: Interpreter) throws -> Object? {
        let operators: [String: BinaryOperator] = [
            "union": .bitOr, "intersection": .bitAnd, "difference": .subtract, "symmetric_difference": .bitXor,
        ]
        func others() throws -> [SetObject] {
            try arguments.positional.map { iterable in
                if case .set(let other) = iterable { return other }
                return try SetObject(try rt.elements(of: iterable), rt)
            }
        }
        if let op = operators[name] {
            var result = Object.set(set)
            if arguments.positional.isEmpty { result = try combine(set, .bitOr, SetObject(), rt) }
            for other in try others() {
                guard case .set(let current) = result else { break }
                result = try combine(current, op, other, rt)
            }
            return result
        }
        if name.hasSuffix("_update"), name != "union_update", let op = operators[String(name.dropLast(7))] {
            for other in try others() { try update(set, op, other, rt) }
            return Object.none
        }
        switch name {
        case "issubset":
            try rt.expectCount(arguments, 1, name)
            return .bool(try isSubset(set, of: try others()[0], rt))
        case "issuperset":
            try rt.expectCount(arguments, 1, name)
            return .bool(try isSubset(try others()[0], of: set, rt))
        case "isdisjoint":
            try rt.expectCount(arguments, 1, name)
            let other = try others()[0]
            for element in set.elements where try other.contains(element, rt) { return .bool(false) }
            return .bool(true)
        default: return nil
        }
    }
}
