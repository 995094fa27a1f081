/// Reading a built-in's arguments with Python's complaints.
extension Arguments {
    /// Fails unless `minimum...maximum` positional arguments were given and only the listed keywords. The list is
    /// only made when keywords were given, so the common call builds nothing.
    func expect(
        _ name: String, _ minimum: Int, _ maximum: Int, keywords allowed: @autoclosure () -> [String] = []
    ) throws {
        let given = positional.count
        if given < minimum || given > maximum {
            if minimum == maximum {
                let expected = minimum == 1 ? "exactly one argument" : "\(minimum) positional arguments"
                throw PyError.type("\(name)() takes \(expected) (\(given) given)")
            }
            if given < minimum {
                throw PyError.type(
                    "\(name)() expected at least \(minimum) argument\(minimum == 1 ? "" : "s"), got \(given)")
            }
            throw PyError.type("\(name)() expected at most \(maximum) argument\(maximum == 1 ? "" : "s"), got \(given)")
        }
        guard !keywords.isEmpty else { return }
        let allowed = allowed()
        for keyword in keywords where !allowed.contains(keyword.name) {
            throw PyError.type("\(name)() got an unexpected keyword argument '\(keyword.name)'")
        }
    }

    /// The argument at `index`, or the keyword `name`, if given.
    func argument(_ index: Int, _ name: String) -> Object? {
        if index < positional.count { return positional[index] }
        return keyword(name)
    }

    /// A required real-number argument (int, bool or float), by position or keyword.
    func requireDouble(_ index: Int, _ function: String, keyword: String = "") throws -> Double {
        guard let object = argument(index, keyword) else {
            throw PyError.type("\(function)() missing required argument '\(keyword.isEmpty ? "x" : keyword)'")
        }
        guard object.isNumber, let value = object.asDouble else {
            throw PyError.type("must be real number, not \(object.typeName)")
        }
        return value
    }

    /// A required integer argument (int or bool), by position or keyword.
    func requireInt(_ index: Int, _ function: String, keyword: String = "") throws -> Int {
        guard let object = argument(index, keyword) else {
            throw PyError.type("\(function)() missing required argument '\(keyword.isEmpty ? "n" : keyword)'")
        }
        guard object.isIntLike, let value = object.asInt else {
            throw PyError.type("'\(object.typeName)' object cannot be interpreted as an integer")
        }
        return value
    }
}
