import Micrograd

/// `micrograd.nn` as the PyPI package defines it: the built-in engine's `Neuron`, `Layer` and `MLP`, with the
/// package's defaults. Its neurons are ReLUs (`ReLUNeuron(2)`), and an `MLP`'s last layer is linear, where the
/// lecture's built-ins default to tanh; `activation=` still chooses.
enum MicrogradPackage {
    static func nn(_ rt: Interpreter) -> ModuleObject {
        unowned(unsafe) let rt = rt
        let constructors: [(String, (Arguments, Interpreter, Activation) throws -> Object)] = [
            ("Neuron", BuiltinCatalogue.neuron), ("Layer", BuiltinCatalogue.layer), ("MLP", BuiltinCatalogue.mlp),
        ]
        var attributes: [String: Object] = [:]
        for (name, make) in constructors {
            attributes[name] = .builtin(BuiltinFunction(name) { args in try make(args, rt, .relu) })
        }
        attributes["Value"] = rt.builtins["Value"] ?? Object.none
        return ModuleObject(name: "micrograd.nn", attributes: attributes)
    }
}
