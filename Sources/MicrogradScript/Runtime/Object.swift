import Micrograd

/// A value of the cell language at run time.
///
/// Numbers are unboxed payloads so that arithmetic in loops allocates nothing; everything that can hold other
/// objects is a `HeapObject`, shared by every name that refers to it as in Python, and tracked by the session's
/// cycle collector. Engine objects are the engine's own handles. Every object has a type (`Interpreter.type(of:)`),
/// a `TypeObject` of the one object model that lessons' classes also belong to.
enum Object {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    case list(ListObject)
    case tuple(TupleObject)
    case dict(DictObject)
    case set(SetObject)
    case range(RangeObject)
    case iterator(IteratorObject)
    /// A function defined in the lesson with `def` or `lambda`.
    case function(FunctionObject)
    /// A function implemented in Swift.
    case builtin(BuiltinFunction)
    case boundMethod(BoundMethod)
    case module(ModuleObject)
    /// A type: built-in (`int`, `Value`, `ValueError`) or a lesson's class.
    case type(TypeObject)
    /// An instance of a lesson's class, or of an exception type.
    case instance(Instance)
    /// An object implemented in Swift with a type of its own (`property`, `super`, a numpy array, …).
    case native(NativeObject)
    case value(Value)
    case neuron(Neuron)
    case layer(Layer)
    case mlp(MLP)
    /// `NotImplemented`, which a binary special method returns to let the other operand try.
    case notImplemented
    /// `...`.
    case ellipsis
    /// A slot that was never assigned: reading it is a `NameError` (or `UnboundLocalError`).
    case unbound
}
