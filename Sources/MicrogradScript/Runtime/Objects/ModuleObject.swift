/// A module brought in by `import`: its attributes, looked up by name.
final class ModuleObject: HeapObject {
    let name: String
    var attributes: [String: Object]

    init(name: String, attributes: [String: Object]) {
        self.name = name
        self.attributes = attributes
        super.init()
    }

    /// A module attribute that is a built-in function named as it is bound: `("collect", gc.collect)`.
    static func function(_ name: String, _ body: @escaping (Arguments) throws -> Object) -> (String, Object) {
        (name, .builtin(BuiltinFunction(name, body)))
    }

    override func traverse(_ visit: (HeapObject) -> Void) { attributes.values.visitHeapObjects(visit) }
    override func clearReferences() { attributes = [:] }
}
