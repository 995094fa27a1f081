/// A module brought in by `import`: its attributes, looked up by name.
final class ModuleObject: HeapObject {
    let name: String
    var attributes: [String: Object]

    init(name: String, attributes: [String: Object]) {
        self.name = name
        self.attributes = attributes
        super.init()
    }

    override func traverse(_ visit: (HeapObject) -> Void) { attributes.values.visitHeapObjects(visit) }
    override func clearReferences() { attributes = [:] }
}
