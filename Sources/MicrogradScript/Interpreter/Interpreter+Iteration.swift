extension Interpreter {
    /// Runs `body` on each element of an iterable, stopping early when it returns `.breakLoop` or `.returned`
    /// (which is passed back). Lists are walked by index, so appending inside the loop extends it, as in Python.
    func forEach(_ iterable: Object, _ body: (consuming Object) throws -> Flow) throws -> Flow {
        switch iterable {
        case .list(let list):
            var i = 0
            while i < list.items.count {
                let flow = try body(list.items[i])
                if flow == .breakLoop || flow == .returned { return flow }
                i += 1
            }
        case .range(let range):
            var value = range.start
            let count = range.count
            for _ in 0..<count {
                let flow = try body(.int(value))
                if flow == .breakLoop || flow == .returned { return flow }
                value &+= range.step
            }
        case .iterator(let iterator):
            while iterator.position < iterator.items.count {
                let item = iterator.items[iterator.position]
                iterator.position += 1
                let flow = try body(item)
                if flow == .breakLoop || flow == .returned { return flow }
            }
            iterator.items = []
            iterator.position = 0
        default:
            for element in try elements(of: iterable) {
                let flow = try body(element)
                if flow == .breakLoop || flow == .returned { return flow }
            }
        }
        return .normal
    }

    /// How many elements iterating `iterable` will give, when that is known and small enough to reserve room for
    /// up front (a comprehension's result grows past it if need be); 0 otherwise.
    func lengthHint(of iterable: Object) -> Int {
        let count: Int
        switch iterable {
        case .list(let list): count = list.items.count
        case .tuple(let items): count = items.count
        case .range(let range): count = range.count
        case .iterator(let iterator): count = iterator.items.count - iterator.position
        default: count = 0
        }
        return min(count, 1 << 12)
    }

    /// All elements of an iterable, in order (consuming an iterator). Built-ins walk what this returns, so it
    /// charges the step budget one step per 16 elements: native work stays bounded by the budget too.
    func elements(of iterable: Object) throws -> [Object] {
        switch iterable {
        case .list(let list):
            try charge(list.items.count >> 4)
            return list.items
        case .tuple(let items):
            try charge(items.count >> 4)
            return items
        case .range(let range):
            try checkSize(range.count)
            try chargeMade(range.count)
            return (0..<range.count).map { .int(range.element($0)) }
        case .string(let s):
            try chargeMade(s.utf8.count)
            return s.map { .string(String($0)) }
        case .dict(let dict): return dict.keys
        case .set(let set): return set.elements
        case .iterator(let iterator): return iterator.drain()
        case .value:
            throw PyError.type("'Value' object is not iterable")
        default:
            throw PyError.type("'\(iterable.typeName)' object is not iterable")
        }
    }

    /// The elements of an iterable as engine values or numbers, for the engine's native entry points.
    func numbers(_ object: Object, for function: String) throws -> [Double] {
        try elements(of: object).map { element in
            guard let number = element.asDouble else {
                throw PyError.type("\(function)() expects numbers, not '\(element.typeName)'")
            }
            return number
        }
    }
}
