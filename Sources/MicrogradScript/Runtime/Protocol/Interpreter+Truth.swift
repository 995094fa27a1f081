extension Interpreter {
    /// Python's truth value: `__bool__`, then `__len__`, for lessons' classes; empty containers, zero and `None`
    /// are false; everything else is true.
    @inline(__always) func truth(_ object: Object) throws -> Bool {
        switch object {
        case .bool(let b): return b
        case .instance(let instance): return try instanceTruth(instance, object)
        case .native(let native): return try native.truth(self) ?? (try native.length(self)).map { $0 != 0 } ?? true
        default: return object.isTruthy
        }
    }

    private func instanceTruth(_ instance: Instance, _ object: Object) throws -> Bool {
        if let method = instance.type.special(.bool, epoch: typeEpoch) {
            let result = try callSpecial(method, object, [])
            guard case .bool(let b) = result else {
                throw PyError.type("__bool__ should return bool, returned \(typeName(result))")
            }
            return b
        }
        if instance.type.special(.len, epoch: typeEpoch) != nil { return try length(of: object) != 0 }
        return true
    }

    /// Python's `len(x)`: a lesson's `__len__` (which must give a non-negative int), or the built-in length.
    func length(of object: Object) throws -> Int {
        switch object {
        case .list(let l): return l.items.count
        case .tuple(let t): return t.count
        case .string(let s): return s.count
        case .dict(let d): return d.count
        case .set(let s): return s.count
        case .range(let r): return r.count
        case .instance(let instance):
            guard let method = instance.type.special(.len, epoch: typeEpoch) else { break }
            let result = try callSpecial(method, object, [])
            guard result.isIntLike, let n = result.asInt else {
                throw PyError.type("'\(typeName(result))' object cannot be interpreted as an integer")
            }
            if n < 0 { throw PyError.value("__len__() should return >= 0") }
            return n
        case .native(let native):
            if let n = try native.length(self) { return n }
        default: break
        }
        throw PyError.type("object of type '\(typeName(object))' has no len()")
    }
}
