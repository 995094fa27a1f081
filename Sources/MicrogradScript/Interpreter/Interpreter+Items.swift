extension Interpreter {
    /// `container[key]`.
    func item(of container: Object, _ key: Object) throws -> Object {
        switch container {
        case .list(let list): return list.items[try index(key, count: list.items.count, kind: "list")]
        case .tuple(let items): return items[try index(key, count: items.count, kind: "tuple")]
        case .string(let s):
            let chars = Array(s)
            return .string(String(chars[try index(key, count: chars.count, kind: "string")]))
        case .range(let range):
            return .int(range.element(try index(key, count: range.count, kind: "range object")))
        case .dict(let dict):
            guard let value = try dict.get(key) else { throw PyError("KeyError", key.repr) }
            return value
        case .layer(let layer):
            return .neuron(layer.neurons[try index(key, count: layer.neurons.count, kind: "list")])
        default:
            throw PyError.type("'\(container.typeName)' object is not subscriptable")
        }
    }

    /// A Python index: negative counts from the end; out of range is an `IndexError`.
    func index(_ key: Object, count: Int, kind: String) throws -> Int {
        guard key.isIntLike, let raw = key.asInt else {
            throw PyError.type("\(kind) indices must be integers or slices, not \(key.typeName)")
        }
        let i = raw < 0 ? raw + count : raw
        guard i >= 0, i < count else { throw PyError.index("\(kind) index out of range") }
        return i
    }

    /// `container[key] = value`.
    func setItem(of container: Object, _ key: Object, _ value: Object) throws {
        switch container {
        case .list(let list):
            list.items[try index(key, count: list.items.count, kind: "list assignment")] = value
        case .dict(let dict): try dict.set(key, value)
        default:
            throw PyError.type("'\(container.typeName)' object does not support item assignment")
        }
    }

    /// `del container[key]`.
    func deleteItem(of container: Object, _ key: Object) throws {
        switch container {
        case .list(let list):
            list.items.remove(at: try index(key, count: list.items.count, kind: "list assignment"))
        case .dict(let dict):
            if !(try dict.remove(key)) { throw PyError("KeyError", key.repr) }
        default:
            throw PyError.type("'\(container.typeName)' object does not support item deletion")
        }
    }

    /// `container[lower:upper:step]`, with Python's clamping of bounds.
    func slice(of container: Object, _ lower: Object?, _ upper: Object?, _ step: Object?) throws -> Object {
        func bound(_ object: Object?) throws -> Int? {
            guard let object else { return nil }
            if case .none = object { return nil }
            guard object.isIntLike, let i = object.asInt else {
                throw PyError.type("slice indices must be integers or None or have an __index__ method")
            }
            return i
        }
        let stride = try bound(step) ?? 1
        if stride == 0 { throw PyError.value("slice step cannot be zero") }
        func indices(_ count: Int) throws -> [Int] {
            func clamp(_ value: Int?, _ fallback: Int) -> Int {
                guard var v = value else { return fallback }
                if v < 0 { v += count }
                return stride > 0 ? min(max(v, 0), count) : min(max(v, -1), count - 1)
            }
            let start = clamp(try bound(lower), stride > 0 ? 0 : count - 1)
            let stop = clamp(try bound(upper), stride > 0 ? count : -1)
            var out: [Int] = []
            var i = start
            while stride > 0 ? i < stop : i > stop {
                out.append(i)
                let (next, overflow) = i.addingReportingOverflow(stride)
                if overflow { break }
                i = next
            }
            return out
        }
        switch container {
        case .list(let list): return .list(ListObject(try indices(list.items.count).map { list.items[$0] }))
        case .tuple(let items): return .tuple(try indices(items.count).map { items[$0] })
        case .string(let s):
            let chars = Array(s)
            return .string(String(try indices(chars.count).map { chars[$0] }))
        case .range(let range):
            return .list(ListObject(try indices(range.count).map { .int(range.element($0)) }))
        default:
            throw PyError.type("'\(container.typeName)' object is not subscriptable")
        }
    }
}
