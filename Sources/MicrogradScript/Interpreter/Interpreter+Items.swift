extension Interpreter {
    /// `container[key]`: the built-in containers, a lesson's `__getitem__`, a native object's items.
    func item(of container: Object, _ key: Object) throws -> Object {
        switch container {
        case .list(let list):
            if case .native(let native) = key, let slice = native as? SliceObject {
                return try self.slice(of: container, slice.start, slice.stop, slice.step)
            }
            return list.items[try index(key, count: list.items.count, kind: "list")]
        case .tuple(let tuple):
            if case .native(let native) = key, let slice = native as? SliceObject {
                return try self.slice(of: container, slice.start, slice.stop, slice.step)
            }
            return tuple[try index(key, count: tuple.count, kind: "tuple")]
        case .string(let s):
            if case .native(let native) = key, let slice = native as? SliceObject {
                return try self.slice(of: container, slice.start, slice.stop, slice.step)
            }
            let chars = Array(s)
            return .string(String(chars[try index(key, count: chars.count, kind: "string")]))
        case .range(let range):
            return .int(range.element(try index(key, count: range.count, kind: "range object")))
        case .dict(let dict):
            guard let value = try dict.get(key, self) else { throw PyError.key(key, repr: try repr(key)) }
            return value
        case .layer(let layer):
            return .neuron(layer.neurons[try index(key, count: layer.neurons.count, kind: "list")])
        case .instance(let instance):
            if let method = instance.type.special(.getitem, epoch: typeEpoch) {
                return try callSpecial(method, container, [key])
            }
        case .type(let type):
            if type.builtin != nil { return container }
        case .native(let native):
            if let value = try native.item(key, self) { return value }
        default: break
        }
        throw PyError.type("'\(typeName(container))' object is not subscriptable")
    }

    /// A Python index: negative counts from the end; out of range is an `IndexError`.
    func index(_ key: Object, count: Int, kind: String) throws -> Int {
        guard key.isIntLike, let raw = key.asInt else {
            throw PyError.type("\(kind) indices must be integers or slices, not \(typeName(key))")
        }
        let i = raw < 0 ? raw + count : raw
        guard i >= 0, i < count else { throw PyError.index("\(kind) index out of range") }
        return i
    }

    /// `container[key] = value`.
    func setItem(of container: Object, _ key: Object, _ value: Object) throws {
        switch container {
        case .list(let list):
            if case .native(let native) = key, let slice = native as? SliceObject {
                try assignSlice(of: list, slice, value)
                return
            }
            list.items[try index(key, count: list.items.count, kind: "list assignment")] = value
            return
        case .dict(let dict):
            try dict.set(key, value, self)
            return
        case .instance(let instance):
            if let method = instance.type.special(.setitem, epoch: typeEpoch) {
                _ = try callSpecial(method, container, [key, value])
                return
            }
        case .native(let native):
            if try native.setItem(key, value, self) { return }
        default: break
        }
        throw PyError.type("'\(typeName(container))' object does not support item assignment")
    }

    /// `del container[key]`.
    func deleteItem(of container: Object, _ key: Object) throws {
        switch container {
        case .list(let list):
            if case .native(let native) = key, let slice = native as? SliceObject {
                let bounds = try SliceBounds(start: slice.start, stop: slice.stop, step: slice.step, count: list.items.count)
                let removed = Set(bounds.positions)
                list.items = list.items.indices.filter { !removed.contains($0) }.map { list.items[$0] }
                return
            }
            list.items.remove(at: try index(key, count: list.items.count, kind: "list assignment"))
            return
        case .dict(let dict):
            if try dict.remove(key, self) == nil { throw PyError.key(key, repr: try repr(key)) }
            return
        case .instance(let instance):
            if let method = instance.type.special(.delitem, epoch: typeEpoch) {
                _ = try callSpecial(method, container, [key])
                return
            }
        default: break
        }
        throw PyError.type("'\(typeName(container))' object does not support item deletion")
    }

    /// `xs[a:b] = values` (any length for a simple slice; the same length for an extended one), as Python.
    private func assignSlice(of list: ListObject, _ slice: SliceObject, _ value: Object) throws {
        let replacement = try elements(of: value)
        let bounds = try SliceBounds(start: slice.start, stop: slice.stop, step: slice.step, count: list.items.count)
        if bounds.step == 1 {
            let upper = max(bounds.start, bounds.stop)
            try checkSize(list.items.count - (upper - bounds.start) + replacement.count)
            list.items.replaceSubrange(bounds.start..<upper, with: replacement)
            return
        }
        let positions = bounds.positions
        guard positions.count == replacement.count else {
            throw PyError.value(
                "attempt to assign sequence of size \(replacement.count) to extended slice of size \(positions.count)")
        }
        for (position, element) in zip(positions, replacement) { list.items[position] = element }
    }

    /// `container[lower:upper:step]`, with Python's clamping of bounds; a lesson's or native object's
    /// `__getitem__` receives a `slice`.
    func slice(of container: Object, _ lower: Object?, _ upper: Object?, _ step: Object?) throws -> Object {
        switch container {
        case .list, .tuple, .string, .range: break
        default: return try item(of: container, makeSlice(lower, upper, step))
        }
        let count: Int
        switch container {
        case .list(let list): count = list.items.count
        case .tuple(let tuple): count = tuple.count
        case .range(let range): count = range.count
        default: count = 0
        }
        if case .string(let s) = container {
            let chars = Array(s)
            let bounds = try SliceBounds(start: lower ?? .none, stop: upper ?? .none, step: step ?? .none, count: chars.count)
            return .string(String(bounds.positions.map { chars[$0] }))
        }
        let bounds = try SliceBounds(start: lower ?? .none, stop: upper ?? .none, step: step ?? .none, count: count)
        let positions = bounds.positions
        switch container {
        case .list(let list): return .list(ListObject(positions.map { list.items[$0] }))
        case .tuple(let tuple): return .tuple(positions.map { tuple[$0] })
        case .range(let range):
            // `range(10)[::2]` is a range; Gradbook keeps it a list of the elements.
            return .list(ListObject(positions.map { .int(range.element($0)) }))
        default: throw PyError.type("'\(typeName(container))' object is not subscriptable")
        }
    }

    /// A `slice` object for `a:b:c`.
    func makeSlice(_ lower: Object?, _ upper: Object?, _ step: Object?) -> Object {
        .native(SliceObject(type: types.native("slice"), start: lower ?? .none, stop: upper ?? .none, step: step ?? .none))
    }
}
