/// A type of the object model: a built-in one (`int`, `list`, `Value`, `ValueError`, `numpy.ndarray`) or a class
/// a lesson defines. `type(x)` answers one, `isinstance` and `issubclass` walk their method resolution orders, and
/// attribute lookup on an instance searches them in that order, as CPython does.
///
/// A built-in type says how calling it makes an object (`construct`); a lesson's class makes an `Instance` and
/// runs its `__init__`. Class attributes live in `attributes`, in definition order; changing any class's
/// attributes bumps the interpreter's `typeEpoch`, which invalidates every cached lookup at once (classes rarely
/// change after they are made, so one counter for all is enough).
final class TypeObject: HeapObject {
    /// `__name__`.
    let name: String
    /// `__qualname__`: `Outer.Inner` for a class defined in a class, `f.<locals>.C` inside a function.
    let qualifiedName: String
    /// `__module__`: `builtins`, `__main__`, or a module's name.
    let module: String
    /// `__bases__`.
    private(set) var bases: [TypeObject]
    /// `__mro__`: this type first, `object` last.
    private(set) var mro: [TypeObject] = []
    /// The class's own attributes (methods, class variables), by name.
    private(set) var attributes: [String: Object] = [:]
    /// The attribute names in the order they were first set, for `vars(C)` and `dir`.
    private(set) var attributeOrder: [String] = []
    /// Which built-in type this is, if it is one.
    let builtin: BuiltinType?
    /// For built-in types: how calling the type makes an object. `one`/`two` are its fast paths for one and two
    /// positional arguments, under the same rule as `BuiltinFunction.one`.
    var construct: ((Arguments) throws -> Object)?
    var one: ((Object) throws -> Object)?
    var two: ((Object, Object) throws -> Object)?
    /// Whether lessons may subclass it (`object` and the exceptions; not `list`, `int` or `Value`).
    let isSubclassable: Bool
    /// The most attributes an instance has had so far: room an instance reserves when it sets its first one.
    @exclusivity(unchecked) var expectedAttributeCount = 0
    /// The shape every instance starts with (see `Shape`).
    private(set) lazy var emptyShape = Shape(owner: self)
    /// Lookups through the MRO, valid while `lookupEpoch` is the interpreter's `typeEpoch`.
    @exclusivity(unchecked) private var lookupCache: [String: Object?] = [:]
    @exclusivity(unchecked) private var lookupEpoch = -1
    /// The special methods the MRO defines, by `SpecialMethod` number, valid for `specialsEpoch`.
    @exclusivity(unchecked) private var specials: [Object?] = []
    @exclusivity(unchecked) private var specialsEpoch = -1
    /// Facts about the special methods the MRO defines, valid for `traitsEpoch`.
    @exclusivity(unchecked) private var cachedTraits = TypeTraits()
    @exclusivity(unchecked) private var traitsEpoch = -1

    /// A built-in type.
    init(builtin: BuiltinType?, name: String, bases: [TypeObject], module: String = "builtins", subclassable: Bool) {
        self.name = name
        self.qualifiedName = name
        self.module = module
        self.bases = bases
        self.builtin = builtin
        self.isSubclassable = subclassable
        super.init()
        mro = (try? Self.linearize(self, bases: bases)) ?? [self]
    }

    /// A lesson's class. Throws Python's `TypeError` when the bases admit no consistent MRO.
    init(lessonClass name: String, qualifiedName: String, bases: [TypeObject], module: String) throws {
        self.name = name
        self.qualifiedName = qualifiedName
        self.module = module
        self.bases = bases
        self.builtin = nil
        self.isSubclassable = true
        super.init()
        mro = try Self.linearize(self, bases: bases)
    }

    /// Whether this is `other` or a subclass of it.
    @inline(__always) func isSubtype(of other: TypeObject) -> Bool {
        if self === other { return true }
        for type in mro where type === other { return true }
        return false
    }

    /// Sets a class attribute (at class creation, or `C.x = 1` later).
    func setAttribute(_ name: String, _ value: Object, epoch: inout Int) {
        if attributes.updateValue(value, forKey: name) == nil { attributeOrder.append(name) }
        epoch &+= 1
    }

    /// Removes a class attribute; `false` when the class had none of that name.
    func removeAttribute(_ name: String, epoch: inout Int) -> Bool {
        guard attributes.removeValue(forKey: name) != nil else { return false }
        attributeOrder.removeAll { $0 == name }
        epoch &+= 1
        return true
    }

    /// `name` looked up along the MRO: the first class that defines it wins.
    func lookup(_ name: String, epoch: Int) -> Object? {
        if lookupEpoch != epoch {
            lookupCache.removeAll(keepingCapacity: true)
            lookupEpoch = epoch
        }
        if let cached = lookupCache[name] { return cached }
        var found: Object?
        for type in mro {
            if let value = type.attributes[name] {
                found = value
                break
            }
        }
        lookupCache[name] = found
        return found
    }

    /// Special method `method` along the MRO, found by index: what the dispatch layer asks for every operator.
    @inline(__always) func special(_ method: SpecialMethod, epoch: Int) -> Object? {
        if specialsEpoch != epoch { refreshSpecials(epoch: epoch) }
        return specials[method.rawValue]
    }

    private func refreshSpecials(epoch: Int) {
        specials = SpecialMethod.allCases.map { lookup($0.name, epoch: epoch) }
        specialsEpoch = epoch
    }

    /// What the MRO's special methods are (see `TypeTraits`).
    func traits(epoch: Int) -> TypeTraits {
        if traitsEpoch != epoch {
            cachedTraits = TypeTraits(self, epoch: epoch)
            traitsEpoch = epoch
        }
        return cachedTraits
    }

    override func traverse(_ visit: (HeapObject) -> Void) {
        for base in bases { visit(base) }
        for type in mro.dropFirst() { visit(type) }
        attributes.values.visitHeapObjects(visit)
        for case let value? in lookupCache.values { value.visitHeapObject(visit) }
        for case let value? in specials { value.visitHeapObject(visit) }
    }

    override func clearReferences() {
        bases = []
        mro = []
        attributes = [:]
        lookupCache = [:]
        specials = []
        specialsEpoch = -1
        construct = nil
        one = nil
        two = nil
    }
}

/// What a type's special methods are, worked out once per type and epoch, so that the interpreter's hot paths
/// test a flag instead of looking names up.
struct TypeTraits {
    /// Whether `==` runs a lesson's `__eq__` (or `__ne__`).
    var hasLessonEquality = false
    /// Whether `hash()` runs a lesson's `__hash__`.
    var hasLessonHash = false
    /// Whether instances are unhashable: the class defines `__eq__` but not `__hash__` (or sets it to `None`).
    var isUnhashable = false
    /// Whether reading a missing attribute calls a lesson's `__getattr__`.
    var hasGetattr = false
    /// Whether setting an attribute calls a lesson's `__setattr__`.
    var hasSetattr = false
    /// Whether the type descends from `BaseException`.
    var isException = false
    /// Whether instances hash and compare by identity (no lesson `__hash__` or `__eq__` anywhere).
    var hashesByIdentity: Bool { !hasLessonHash && !isUnhashable && !hasLessonEquality }

    init() {}

    init(_ type: TypeObject, epoch: Int) {
        func lessonDefined(_ name: String) -> Bool {
            if case .function? = type.lookup(name, epoch: epoch) { return true }
            return false
        }
        hasLessonEquality = lessonDefined("__eq__") || lessonDefined("__ne__")
        let hash = type.special(.hash, epoch: epoch)
        if case .function? = hash { hasLessonHash = true }
        if case .none? = hash { isUnhashable = true }
        // A class that defines `__eq__` gets `__hash__ = None` unless it defines `__hash__` itself (CPython's rule).
        for owner in type.mro {
            if owner.attributes["__hash__"] != nil { break }
            if owner.attributes["__eq__"] != nil, owner.builtin == nil {
                isUnhashable = true
                break
            }
        }
        hasGetattr = lessonDefined("__getattr__")
        hasSetattr = lessonDefined("__setattr__")
        isException = type.mro.contains { $0.builtin == .baseException }
    }
}
