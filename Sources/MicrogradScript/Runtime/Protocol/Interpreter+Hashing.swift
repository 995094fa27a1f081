import Micrograd

extension Interpreter {
    /// Python's `hash(x)`: a lesson's `__hash__`, CPython's numeric and tuple hashes, identity for the rest, and
    /// `TypeError: unhashable type` for lists, dicts, sets and classes that define `__eq__` without `__hash__`.
    func hash(_ object: Object) throws -> Int {
        switch object {
        case .none, .unbound: return 0x5f3a_10
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return PythonHash.int(i)
        case .float(let d): return PythonHash.float(d)
        case .string(let s): return PythonHash.string(s)
        case .tuple(let tuple):
            var hashes: [Int] = []
            hashes.reserveCapacity(tuple.count)
            for item in tuple.items { hashes.append(try hash(item)) }
            return PythonHash.tuple(hashes)
        case .list, .dict, .set: throw PyError.type("unhashable type: '\(object.typeName)'")
        case .instance(let instance):
            let traits = instance.type.traits(epoch: typeEpoch)
            if traits.hasLessonHash, let method = instance.type.special(.hash, epoch: typeEpoch) {
                let result = try callSpecial(method, object, [])
                guard result.isIntLike, let h = result.asInt else {
                    throw PyError.type("__hash__ method should return an integer")
                }
                return h == -1 ? -2 : h
            }
            if traits.isUnhashable { throw PyError.type("unhashable type: '\(instance.type.name)'") }
            return PythonHash.identity(identity(of: object))
        case .native(let native): return try native.hash(self)
        case .type, .function, .boundMethod, .module, .iterator, .range, .builtin, .value, .neuron, .layer, .mlp,
            .notImplemented, .ellipsis:
            return PythonHash.identity(identity(of: object))
        }
    }

    /// The hash a dict or set files `key` under: `hash(key)`, except that an object hashed by identity is filed
    /// by its address, which costs nothing to find (only the order of insertion is ever visible, never this).
    @inline(__always) func tableHash(_ key: Object) throws -> Int {
        switch key {
        case .instance(let instance):
            if instance.type.traits(epoch: typeEpoch).hashesByIdentity {
                return Int(bitPattern: UInt(bitPattern: ObjectIdentifier(instance)))
            }
        case .value(let value): return Int(bitPattern: UInt(bitPattern: ObjectIdentifier(value)))
        case .function(let function): return Int(bitPattern: UInt(bitPattern: ObjectIdentifier(function)))
        default: break
        }
        return try hash(key)
    }

    /// `id(x)`: a number unique among the session's live objects, deterministic from run to run (CPython's is an
    /// address, which differs every run).
    func identity(of object: Object) -> Int {
        if let heapObject = object.heapObject { return Self.identityBase + heap.serial(of: heapObject) * 16 }
        let reference: AnyObject
        switch object {
        case .value(let v):
            if v.identityNumber == 0 { v.identityNumber = heap.nextSerial() }
            return Self.identityBase + v.identityNumber * 16
        case .range(let r): reference = r
        case .builtin(let b): reference = b
        case .neuron(let n): reference = n
        case .layer(let l): reference = l
        case .mlp(let m): reference = m
        case .none, .unbound: return Self.identityBase - 16 * 3
        case .bool(let b): return Self.identityBase - 16 * (b ? 4 : 5)
        case .notImplemented: return Self.identityBase - 16 * 6
        case .ellipsis: return Self.identityBase - 16 * 7
        case .int(let i): return Self.identityBase - 16 * 64 + 16 * (i & 0xfff)
        case .float(let d): return Self.identityBase - 16 * 8192 + Int(truncatingIfNeeded: d.bitPattern & 0xffff) * 16
        case .string(let s): return Self.identityBase - 16 * 65536 - (PythonHash.string(s) & 0xffff) * 16
        default: return Self.identityBase
        }
        let key = ObjectIdentifier(reference)
        if let known = identityNumbers[key] { return Self.identityBase + known.number * 16 }
        let number = heap.nextSerial()
        identityNumbers[key] = (reference, number)
        return Self.identityBase + number * 16
    }

    /// Where `id()` numbers start: the magnitude of a CPython address on 64-bit Linux, so they look familiar.
    static let identityBase = 0x7f00_0000_0000

    /// `address(of:)` as reprs print it: `0x7f000000a3c0`.
    func address(of object: HeapObject) -> String {
        "0x" + String(Self.identityBase + heap.serial(of: object) * 16, radix: 16)
    }

    /// Whether comparing `key` as a dict key or set element may run lesson code (a class's `__eq__`).
    @inline(__always) func comparesWithLessonCode(_ key: Object) -> Bool {
        switch key {
        case .instance(let instance): return instance.type.traits(epoch: typeEpoch).hasLessonEquality
        case .native: return true
        case .tuple(let tuple): return tuple.items.contains { comparesWithLessonCode($0) }
        default: return false
        }
    }

    /// Whether stored key `stored` matches `key`: identity, then `==`.
    func keysMatch(_ stored: Object, _ key: Object) throws -> Bool {
        if Operators.identical(stored, key) { return true }
        return try equal(stored, key)
    }

    /// `keysMatch` for keys whose `==` runs no lesson code.
    static func keysMatchWithoutLessonCode(_ stored: Object, _ key: Object) -> Bool {
        if Operators.identical(stored, key) { return true }
        switch (stored, key) {
        case (.tuple(let a), .tuple(let b)):
            return a.count == b.count && zip(a.items, b.items).allSatisfy { keysMatchWithoutLessonCode($0, $1) }
        case (.instance, _), (_, .instance): return false
        default: return Operators.equal(stored, key)
        }
    }
}
