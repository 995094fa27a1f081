/// The built-in types of one session, made once, so that `type(a) is type(b)` holds and `isinstance` compares
/// identities. Lesson classes derive from `object` and the exceptions; the other built-ins are final here.
final class BuiltinTypes {
    let object: TypeObject
    let type: TypeObject
    let noneType: TypeObject
    let int: TypeObject
    let bool: TypeObject
    let float: TypeObject
    let str: TypeObject
    let list: TypeObject
    let tuple: TypeObject
    let dict: TypeObject
    let set: TypeObject
    let range: TypeObject
    let function: TypeObject
    let builtinFunction: TypeObject
    let method: TypeObject
    let module: TypeObject
    let value: TypeObject
    let neuron: TypeObject
    let layer: TypeObject
    let mlp: TypeObject
    let notImplementedType: TypeObject
    let ellipsis: TypeObject
    let baseException: TypeObject
    let exception: TypeObject
    /// Every built-in type by name (exceptions and iterator kinds included).
    private(set) var byName: [String: TypeObject] = [:]

    init() {
        object = TypeObject(builtin: .object, name: "object", bases: [], subclassable: true)
        func make(_ builtin: BuiltinType, _ name: String, _ bases: [TypeObject]? = nil, subclassable: Bool = false)
            -> TypeObject
        {
            TypeObject(builtin: builtin, name: name, bases: bases ?? [], subclassable: subclassable)
        }
        let object = self.object
        type = make(.type, "type", [object])
        noneType = make(.noneType, "NoneType", [object])
        int = make(.int, "int", [object])
        bool = make(.bool, "bool", [int])
        float = make(.float, "float", [object])
        str = make(.str, "str", [object])
        list = make(.list, "list", [object])
        tuple = make(.tuple, "tuple", [object])
        dict = make(.dict, "dict", [object])
        set = make(.set, "set", [object])
        range = make(.range, "range", [object])
        function = make(.function, "function", [object])
        builtinFunction = make(.builtinFunction, "builtin_function_or_method", [object])
        method = make(.method, "method", [object])
        module = make(.module, "module", [object])
        value = make(.value, "Value", [object])
        neuron = make(.neuron, "Neuron", [object])
        layer = make(.layer, "Layer", [object])
        mlp = make(.mlp, "MLP", [object])
        notImplementedType = make(.notImplementedType, "NotImplementedType", [object])
        ellipsis = make(.ellipsis, "ellipsis", [object])
        baseException = make(.baseException, "BaseException", [object], subclassable: true)
        exception = make(.exception, "Exception", [baseException], subclassable: true)
        for type in [
            object, type, noneType, int, bool, float, str, list, tuple, dict, set, range, function, builtinFunction,
            method, module, value, neuron, layer, mlp, notImplementedType, ellipsis, baseException, exception,
        ] {
            byName[type.name] = type
        }
        for (name, parent) in Self.exceptionHierarchy {
            guard let base = byName[parent] else { continue }
            byName[name] = make(.exception, name, [base], subclassable: true)
        }
        for name in ["zip", "enumerate", "map", "filter", "reversed", "generator", "list_iterator", "iterator"] {
            byName[name] = make(.iterator, name, [object])
        }
    }

    /// The built-in type called `name`, if there is one.
    func named(_ name: String) -> TypeObject? { byName[name] }

    /// A type for objects implemented in Swift (`property`, `numpy.ndarray`), registered by name.
    func native(_ name: String, module: String = "builtins", base: TypeObject? = nil) -> TypeObject {
        let key = module == "builtins" ? name : module + "." + name
        if let existing = byName[key] { return existing }
        let made = TypeObject(builtin: .native, name: name, bases: [base ?? object], module: module, subclassable: false)
        byName[key] = made
        return made
    }

    /// CPython 3.11's exception classes that lessons meet, each with its base, parents first.
    static let exceptionHierarchy: [(String, String)] = [
        ("SystemExit", "BaseException"), ("KeyboardInterrupt", "BaseException"), ("GeneratorExit", "BaseException"),
        ("StopIteration", "Exception"), ("ArithmeticError", "Exception"), ("FloatingPointError", "ArithmeticError"),
        ("OverflowError", "ArithmeticError"), ("ZeroDivisionError", "ArithmeticError"),
        ("AssertionError", "Exception"), ("AttributeError", "Exception"), ("BufferError", "Exception"),
        ("EOFError", "Exception"), ("ImportError", "Exception"), ("ModuleNotFoundError", "ImportError"),
        ("LookupError", "Exception"), ("IndexError", "LookupError"), ("KeyError", "LookupError"),
        ("MemoryError", "Exception"), ("NameError", "Exception"), ("UnboundLocalError", "NameError"),
        ("OSError", "Exception"), ("TimeoutError", "OSError"), ("FileNotFoundError", "OSError"),
        ("PermissionError", "OSError"), ("ReferenceError", "Exception"), ("RuntimeError", "Exception"),
        ("NotImplementedError", "RuntimeError"), ("RecursionError", "RuntimeError"), ("SyntaxError", "Exception"),
        ("IndentationError", "SyntaxError"), ("TabError", "IndentationError"), ("SystemError", "Exception"),
        ("TypeError", "Exception"), ("ValueError", "Exception"), ("UnicodeError", "ValueError"),
        ("Warning", "Exception"), ("UserWarning", "Warning"), ("DeprecationWarning", "Warning"),
        ("RuntimeWarning", "Warning"), ("FutureWarning", "Warning"),
    ]
}
