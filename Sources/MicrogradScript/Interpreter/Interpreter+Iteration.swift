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
        case .set(let set):
            // By position, without copying the elements; a set that changes size meanwhile is Python's error.
            let count = set.count
            var position = 0
            while position < count {
                let flow = try body(set.element(at: position))
                if flow == .breakLoop || flow == .returned { return flow }
                if set.count != count { throw PyError("RuntimeError", "Set changed size during iteration") }
                position += 1
            }
        case .instance, .native:
            // A lesson's iterator is consumed lazily, one `__next__` at a time, so `break` stops an endless one.
            let iterator = try self.iterator(of: iterable)
            while let element = try next(iterator) {
                try charge()
                let flow = try body(element)
                if flow == .breakLoop || flow == .returned { return flow }
            }
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
        case .tuple(let tuple): count = tuple.count
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
        case .tuple(let tuple):
            try charge(tuple.count >> 4)
            return tuple.items
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
        case .instance:
            let iterator = try self.iterator(of: iterable)
            var out: [Object] = []
            while let element = try next(iterator) {
                try charge()
                out.append(element)
                if out.count > limits.collectionElements { try checkSize(out.count) }
            }
            return out
        case .native(let native):
            if let elements = try native.elements(self) {
                try chargeMade(elements.count)
                return elements
            }
            if native.type.special(.iter, epoch: typeEpoch) != nil {
                let iterator = try self.iterator(of: iterable)
                var out: [Object] = []
                while let element = try next(iterator) {
                    try charge()
                    out.append(element)
                }
                return out
            }
            throw PyError.type("'\(typeName(iterable))' object is not iterable")
        default:
            throw PyError.type("'\(typeName(iterable))' object is not iterable")
        }
    }

    /// `iter(x)`: a built-in iterator over a built-in iterable, or what a lesson's `__iter__` returns (which must
    /// have `__next__`). A class with only `__getitem__` iterates by index until `IndexError`, as in Python.
    func iterator(of iterable: Object) throws -> Object {
        switch iterable {
        case .iterator: return iterable
        case .instance(let instance):
            if let method = instance.type.special(.iter, epoch: typeEpoch) {
                let result = try callSpecial(method, iterable, [])
                guard isIterator(result) else {
                    throw PyError.type("iter() returned non-iterator of type '\(typeName(result))'")
                }
                return result
            }
            if instance.type.special(.getitem, epoch: typeEpoch) != nil {
                var items: [Object] = []
                var index = 0
                while true {
                    try charge()
                    do { items.append(try item(of: iterable, .int(index))) } catch let error as PyError
                        where error.kind == "IndexError" || error.kind == "StopIteration"
                    {
                        break
                    }
                    index += 1
                    try checkSize(items.count)
                }
                return .iterator(IteratorObject(typeName: "iterator", items: items))
            }
            throw PyError.type("'\(instance.type.name)' object is not iterable")
        case .native(let native):
            if let method = native.type.special(.iter, epoch: typeEpoch) {
                return try callSpecial(method, iterable, [])
            }
            if let elements = try native.elements(self) {
                return .iterator(IteratorObject(typeName: "iterator", items: elements))
            }
            throw PyError.type("'\(native.type.name)' object is not iterable")
        default:
            let typeName = iterable.typeName
            let items = try elements(of: iterable)
            return .iterator(IteratorObject(typeName: typeName + "_iterator", items: items))
        }
    }

    /// Whether `object` is an iterator: a built-in one, or an object whose class defines `__next__`.
    private func isIterator(_ object: Object) -> Bool {
        switch object {
        case .iterator: return true
        case .instance(let instance): return instance.type.special(.next, epoch: typeEpoch) != nil
        case .native(let native): return native.type.special(.next, epoch: typeEpoch) != nil
        default: return false
        }
    }

    /// `next(it)`: the next element, or `nil` when the iterator is exhausted (a lesson's `__next__` raised
    /// `StopIteration`).
    func next(_ iterator: Object) throws -> Object? {
        switch iterator {
        case .iterator(let builtin): return builtin.next()
        case .instance(let instance):
            guard let method = instance.type.special(.next, epoch: typeEpoch) else { break }
            do { return try callSpecial(method, iterator, []) } catch let error as PyError
                where !error.isLimit && isStopIteration(error)
            {
                return nil
            }
        case .native(let native):
            guard let method = native.type.special(.next, epoch: typeEpoch) else { break }
            do { return try callSpecial(method, iterator, []) } catch let error as PyError
                where !error.isLimit && isStopIteration(error)
            {
                return nil
            }
        default: break
        }
        throw PyError.type("'\(typeName(iterator))' object is not an iterator")
    }

    /// Whether `error` is a `StopIteration` (or a lesson's subclass of it).
    private func isStopIteration(_ error: PyError) -> Bool {
        guard let stop = types.named("StopIteration") else { return false }
        return exceptionType(of: error).isSubtype(of: stop)
    }

    /// Python's `in`: a lesson's `__contains__`, else iteration; dicts and sets by key; strings by substring.
    func contains(_ container: Object, _ element: Object) throws -> Bool {
        switch container {
        case .list(let list):
            try charge(list.items.count >> 4)
            for item in list.items where try keysMatch(item, element) { return true }
            return false
        case .tuple(let tuple):
            for item in tuple.items where try keysMatch(item, element) { return true }
            return false
        case .dict(let dict): return try dict.contains(element, self)
        case .set(let set): return try set.contains(element, self)
        case .string(let s):
            guard case .string(let needle) = element else {
                throw PyError.type("'in <string>' requires string as left operand, not \(typeName(element))")
            }
            return needle.isEmpty || s.contains(needle)
        case .range(let r):
            guard element.isNumber, let d = element.asDouble, d == d.rounded(), let i = Int(exactly: d) else {
                return false
            }
            if r.step > 0 {
                guard i >= r.start, i < r.stop else { return false }
                return UInt(bitPattern: i &- r.start) % UInt(r.step) == 0
            }
            guard i <= r.start, i > r.stop else { return false }
            return UInt(bitPattern: r.start &- i) % r.step.magnitude == 0
        case .iterator(let iterator):
            while let item = iterator.next() {
                try charge()
                if try keysMatch(item, element) { return true }
            }
            return false
        case .instance(let instance):
            if let method = instance.type.special(.contains, epoch: typeEpoch) {
                return try truth(try callSpecial(method, container, [element]))
            }
            let iterator = try self.iterator(of: container)
            while let item = try next(iterator) {
                try charge()
                if try keysMatch(item, element) { return true }
            }
            return false
        case .native(let native):
            if let method = native.type.special(.contains, epoch: typeEpoch) {
                return try truth(try callSpecial(method, container, [element]))
            }
            for item in try elements(of: container) where try keysMatch(item, element) { return true }
            return false
        default:
            throw PyError.type("argument of type '\(typeName(container))' is not iterable")
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
