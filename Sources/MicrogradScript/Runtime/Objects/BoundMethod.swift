/// A method looked up on an object and not yet called: `f = xs.append`, `m = model.parameters`. For a lesson's
/// function found on a class, `function` is that function and the call passes `receiver` first; for a built-in
/// method, `function` is `nil` and the call dispatches on the receiver by `name`.
final class BoundMethod: HeapObject {
    private(set) var receiver: Object
    let name: String
    private(set) var function: Object?

    init(receiver: Object, name: String, function: Object? = nil) {
        self.receiver = receiver
        self.name = name
        self.function = function
        super.init()
    }

    override func traverse(_ visit: (HeapObject) -> Void) {
        receiver.visitHeapObject(visit)
        function?.visitHeapObject(visit)
    }

    override func clearReferences() {
        receiver = .none
        function = nil
    }
}
