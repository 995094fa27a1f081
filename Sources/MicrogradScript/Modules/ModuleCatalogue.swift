/// The modules `import` can find. Anything else is `ModuleNotFoundError`, as in a Python without it installed:
/// there is no `os`, `subprocess`, `socket`, `time` or `pathlib` in a Gradbook cell, and `sys` holds only the
/// recursion limit and a few constants.
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
        case "sys": made = SysModule.make(self)
        case "gc": made = GcModule.make(self)
        case "numpy": return try NumPyModule.install(self)
        case "numpy.random": made = NumPyRandomModule.make(self)
        case "sklearn": return try ScikitLearnModule.install(self)
        case "sklearn.datasets": made = ScikitLearnDatasetsModule.make(self)
        case "matplotlib.pyplot": made = PyPlotModule.make(self)
        case "torch": made = TorchModule.make(self)
        case _ where path.first == "torch": throw TorchError.unavailable(name)
        case "matplotlib":
            let package = ModuleObject(name: "matplotlib", attributes: [:])
            modules[name] = package
            package.attributes["pyplot"] = .module(try module(["matplotlib", "pyplot"]))
            return package
        case "graphviz": made = try GraphvizModule.make(self)
        case "IPython", "IPython.display", "IPython.core", "IPython.core.display":
            return try IPythonModule.module(name, self)
        case "micrograd.engine":
            // The package's Value prints its gradient too; a session that imports it prints Values that way.
            valueReprShowsGrad = true
            made = ModuleObject(name: "micrograd.engine", attributes: ["Value": builtins["Value"] ?? .none])
        case "micrograd.nn":
            // The package's nn imports its engine, so its Values print as the package's do too.
            valueReprShowsGrad = true
            made = MicrogradPackage.nn(self)
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
