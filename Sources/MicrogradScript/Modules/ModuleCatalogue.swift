/// The modules `import` can find. Anything else is `ModuleNotFoundError`, as in a Python without it installed:
/// there is no `os`, `sys`, `subprocess`, `socket`, `time` or `pathlib` in a Gradbook cell.
extension Interpreter {
    func module(_ path: [String]) throws -> ModuleObject {
        let name = path.joined(separator: ".")
        if let cached = modules[name] { return cached }
        if path.count > 1 {
            _ = try module(Array(path.dropLast()))
            if let cached = modules[name] { return cached }  // a package may make its submodules itself
        }
        let made: ModuleObject
        switch name {
        case "math": made = MathModule.make()
        case "random": made = RandomModule.make(self, seed: seed)
        case "numpy": return try NumPyModule.install(self)
        case "numpy.random": made = NumPyRandomModule.make(self)
        case "sklearn": return try ScikitLearnModule.install(self)
        case "sklearn.datasets": made = ScikitLearnDatasetsModule.make(self)
        case "matplotlib.pyplot": made = PyPlotModule.make(self)
        case "matplotlib":
            let package = ModuleObject(name: "matplotlib", attributes: [:])
            modules[name] = package
            package.attributes["pyplot"] = .module(try module(["matplotlib", "pyplot"]))
            return package
        case "micrograd.engine":
            made = ModuleObject(name: "micrograd.engine", attributes: ["Value": builtins["Value"] ?? .none])
        case "micrograd.nn":
            let names = ["Neuron", "Layer", "MLP"]
            made = ModuleObject(
                name: "micrograd.nn",
                attributes: Dictionary(uniqueKeysWithValues: names.map { ($0, builtins[$0] ?? .none) }))
        case "micrograd":
            let package = ModuleObject(name: "micrograd", attributes: [:])
            modules[name] = package
            package.attributes["engine"] = .module(try module(["micrograd", "engine"]))
            package.attributes["nn"] = .module(try module(["micrograd", "nn"]))
            return package
        default:
            throw PyError("ModuleNotFoundError", "No module named '\(name)'")
        }
        modules[name] = made
        return made
    }
}
