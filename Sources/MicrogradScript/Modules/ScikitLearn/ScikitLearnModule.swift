import Micrograd

/// `import sklearn`: a package whose only module is `sklearn.datasets` (the sample generators lessons use).
enum ScikitLearnModule {
    /// Makes the package, registers it and its `datasets` submodule with the session, and returns it.
    static func install(_ rt: Interpreter) throws -> ModuleObject {
        let package = ModuleObject(name: "sklearn", attributes: ["__version__": .string("1.5.2")])
        rt.modules["sklearn"] = package
        package.attributes["datasets"] = .module(try rt.module(["sklearn", "datasets"]))
        return package
    }

    /// scikit-learn's `InvalidParameterError`, a subclass of `ValueError` and `TypeError`.
    static func makeInvalidParameterError(_ rt: Interpreter) -> TypeObject {
        let bases = ["ValueError", "TypeError"].compactMap { rt.types.named($0) }
        return TypeObject(
            builtin: .native, name: "InvalidParameterError", bases: bases, module: "sklearn.utils._param_validation",
            subclassable: false)
    }
}
