/// The built-in types whose instances are not `Instance`s: how the interpreter tells them apart when a type
/// object stands for one (`isinstance(x, int)`, calling `list(…)`).
enum BuiltinType: Equatable {
    case object, type, noneType, bool, int, float, str, list, tuple, dict, set, range
    case function, builtinFunction, method, module, iterator
    case value, neuron, layer, mlp
    case notImplementedType, ellipsis
    /// `BaseException` and every built-in exception type below it.
    case baseException, exception
    /// A type whose instances are `NativeObject`s (`property`, `super`, `numpy.ndarray`, …).
    case native
}
