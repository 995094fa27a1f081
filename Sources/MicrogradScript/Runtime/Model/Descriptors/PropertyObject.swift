/// `property(fget, fset, fdel, doc)` and the `@property` decorator: a data descriptor, which takes precedence
/// over an instance's own attribute of the same name.
final class PropertyObject: NativeObject {
    private(set) var getter: Object
    private(set) var setter: Object
    private(set) var deleter: Object
    let doc: Object
    /// The name a class statement gave the property (CPython's `__set_name__`); nil for one assigned to a class
    /// later, whose messages then name no attribute, as CPython's do.
    var assignedName: String?

    init(type: TypeObject, getter: Object, setter: Object, deleter: Object, doc: Object) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        if case .none = doc, case .function(let function) = getter, let text = function.code.docstring {
            self.doc = .string(text)
        } else {
            self.doc = doc
        }
        super.init(type: type)
    }

    /// The property's name, for messages: its getter's.
    var name: String {
        if case .function(let function) = getter { return function.name }
        return "?"
    }

    override func attribute(_ name: String, _ rt: Interpreter) throws -> Object? {
        switch name {
        case "fget": return getter
        case "fset": return setter
        case "fdel": return deleter
        case "__doc__": return doc
        case "getter", "setter", "deleter":
            let type = self.type, getter = self.getter, setter = self.setter, deleter = self.deleter, doc = self.doc
            return .builtin(
                BuiltinFunction(name) { arguments in
                    try arguments.expect(name, 1, 1)
                    let function = arguments.positional[0]
                    return .native(
                        PropertyObject(
                            type: type, getter: name == "getter" ? function : getter,
                            setter: name == "setter" ? function : setter,
                            deleter: name == "deleter" ? function : deleter, doc: doc))
                })
        default: return nil
        }
    }

    override func traverse(_ visit: (HeapObject) -> Void) {
        for object in [getter, setter, deleter, doc] { object.visitHeapObject(visit) }
    }

    override func clearReferences() {
        getter = .none
        setter = .none
        deleter = .none
    }
}

/// `@staticmethod`: a function that a class or instance returns as is, without binding.
final class StaticMethodObject: NativeObject {
    private(set) var function: Object

    init(type: TypeObject, function: Object) {
        self.function = function
        super.init(type: type)
    }

    override func attribute(_ name: String, _ rt: Interpreter) throws -> Object? {
        name == "__func__" ? function : nil
    }

    override func call(_ arguments: Arguments, _ rt: Interpreter) throws -> Object? {
        try rt.call(function, arguments)
    }

    override func traverse(_ visit: (HeapObject) -> Void) { function.visitHeapObject(visit) }
    override func clearReferences() { function = .none }
}

/// `@classmethod`: a function bound to the class rather than the instance.
final class ClassMethodObject: NativeObject {
    private(set) var function: Object

    init(type: TypeObject, function: Object) {
        self.function = function
        super.init(type: type)
    }

    override func attribute(_ name: String, _ rt: Interpreter) throws -> Object? {
        name == "__func__" ? function : nil
    }

    override func traverse(_ visit: (HeapObject) -> Void) { function.visitHeapObject(visit) }
    override func clearReferences() { function = .none }
}

/// `super()`, `super(C, obj)`: attribute lookup that starts after `start` in the MRO of `object`'s type, bound
/// to `object`.
final class SuperObject: NativeObject {
    let start: TypeObject
    private(set) var object: Object
    /// The type whose MRO is searched: the object's type, or the object itself when it is a class.
    let searched: TypeObject

    init(type: TypeObject, start: TypeObject, object: Object, searched: TypeObject) {
        self.start = start
        self.object = object
        self.searched = searched
        super.init(type: type)
    }

    override func attribute(_ name: String, _ rt: Interpreter) throws -> Object? {
        let mro = searched.mro
        guard let index = mro.firstIndex(where: { $0 === start }) else { return nil }
        for owner in mro[(index + 1)...] {
            guard let found = owner.attributes[name] else { continue }
            return try rt.bind(found, to: object, owner: searched, name: name)
        }
        return nil
    }

    override func repr(_ rt: Interpreter) throws -> String {
        "<super: <class '\(start.name)'>, <\(searched.name) object>>"
    }

    override func traverse(_ visit: (HeapObject) -> Void) { object.visitHeapObject(visit) }
    override func clearReferences() { object = .none }
}
