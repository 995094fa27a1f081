/// The identity of a dict key or set element, with Python's equalities: `1`, `1.0` and `True` are one key.
enum HashKey: Hashable {
    case none
    case int(Int)
    case float(Double)
    case string(String)
    case tuple([HashKey])
    case identity(ObjectIdentifier)

    /// The key for `object`, or a `TypeError` for unhashable objects (lists, dicts, sets), as Python.
    init(_ object: Object) throws {
        switch object {
        case .none, .unbound: self = .none
        case .bool(let b): self = .int(b ? 1 : 0)
        case .int(let i): self = .int(i)
        case .float(let d):
            if d == d.rounded(), abs(d) < 9.2e18 { self = .int(Int(d)) } else { self = .float(d) }
        case .string(let s): self = .string(s)
        case .tuple(let items): self = .tuple(try items.map { try HashKey($0) })
        case .list, .dict, .set: throw PyError.type("unhashable type: '\(object.typeName)'")
        case .range(let r): self = .identity(ObjectIdentifier(r))
        case .iterator(let i): self = .identity(ObjectIdentifier(i))
        case .function(let f): self = .identity(ObjectIdentifier(f))
        case .builtin(let b): self = .identity(ObjectIdentifier(b))
        case .boundMethod(let m): self = .identity(ObjectIdentifier(m))
        case .module(let m): self = .identity(ObjectIdentifier(m))
        // The engine keeps one handle per node, so a value's identity is its handle's, as in Python.
        case .value(let v): self = .identity(ObjectIdentifier(v))
        case .neuron(let n): self = .identity(ObjectIdentifier(n))
        case .layer(let l): self = .identity(ObjectIdentifier(l))
        case .mlp(let m): self = .identity(ObjectIdentifier(m))
        }
    }
}

/// A Python dict: keeps insertion order, as Python 3.7+ does.
final class DictObject {
    private(set) var keys: [Object] = []
    private(set) var values: [Object] = []
    private var index: [HashKey: Int] = [:]

    var count: Int { keys.count }

    func get(_ key: Object) throws -> Object? {
        guard let position = index[try HashKey(key)] else { return nil }
        return values[position]
    }

    func set(_ key: Object, _ value: Object) throws {
        let hashKey = try HashKey(key)
        if let position = index[hashKey] {
            values[position] = value
        } else {
            index[hashKey] = keys.count
            keys.append(key)
            values.append(value)
        }
    }

    /// Removes `key`; `false` when it was absent.
    func remove(_ key: Object) throws -> Bool {
        guard let position = index[try HashKey(key)] else { return false }
        keys.remove(at: position)
        values.remove(at: position)
        index = [:]
        for (i, k) in keys.enumerated() { index[try HashKey(k)] = i }
        return true
    }

    func contains(_ key: Object) throws -> Bool { index[try HashKey(key)] != nil }
}

/// A Python set. Iteration follows insertion order (CPython's order is hash-based; insertion order keeps
/// Gradbook's output deterministic).
final class SetObject {
    let storage = DictObject()
    var count: Int { storage.count }
    var elements: [Object] { storage.keys }

    func insert(_ element: Object) throws { try storage.set(element, .none) }
    func contains(_ element: Object) throws -> Bool { try storage.contains(element) }
    func remove(_ element: Object) throws -> Bool { try storage.remove(element) }
}
