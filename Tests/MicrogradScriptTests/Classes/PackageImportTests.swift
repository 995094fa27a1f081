import MicrogradScript
import Testing

/// A lesson's own `class Value` shadows the built-in; importing from the micrograd package brings the built-in
/// back, with the package's repr and defaults.
@Suite("Built-ins and lesson classes together")
struct PackageImportTests {
    @Test func aLessonsValueShadowsTheBuiltin() {
        #expect(
            run("class Value:\n    def __init__(self, data):\n        self.data = data\n    def __repr__(self):\n        return f'Mine({self.data})'",
                "Value(2.0), type(Value(1)).__name__") == "(Mine(2.0), 'Value')")
    }

    @Test func thePackagesValuePrintsItsGradient() {
        #expect(
            run("from micrograd.engine import Value\na = Value(2.0)\nb = a * 3 + 1\nb.backward()\nprint(a, b)\n[a]")
                == "Value(data=2.0, grad=3.0) Value(data=7.0, grad=1.0)\n[Value(data=2.0, grad=3.0)]")
        #expect(run("from micrograd.engine import Value\nValue(2.0)") == "Value(data=2.0, grad=0)", "the package's int 0")
        #expect(run("Value(2.0)") == "Value(data=2.0)", "the lecture's built-in shows only the data")
    }

    /// micrograd's `nn` makes ReLU neurons and a linear last layer, as the PyPI package does.
    @Test func thePackagesNetworksAreReLUNetworks() {
        #expect(
            run("from micrograd.nn import Neuron, Layer, MLP\nprint(Neuron(2), Neuron(2, nonlin=False), Layer(1, 2))\nMLP(2, [2, 1])")
                == "ReLUNeuron(2) LinearNeuron(2) Layer of [ReLUNeuron(1), ReLUNeuron(1)]\nMLP of [Layer of [ReLUNeuron(2), ReLUNeuron(2)], Layer of [LinearNeuron(2)]]")
        #expect(run("from micrograd.nn import MLP\nMLP(1, [1], activation='tanh')") == "MLP of [Layer of [TanhNeuron(1)]]")
        #expect(run("import random\nrandom.seed(1)\nfrom micrograd.nn import Neuron\nNeuron(1).w") == "[Value(data=-0.7312715117751976, grad=0)]")
    }

    /// A lesson class shadowing `Value` and the package's `Value` side by side, as a notebook that compares them
    /// would use them.
    @Test func bothSideBySide() {
        #expect(
            run(
                "class Value:\n    def __init__(self, data):\n        self.data = data",
                "import micrograd.engine as engine\nmine, theirs = Value(1.5), engine.Value(1.5)\ntype(mine).__name__, mine.data, theirs.data, theirs")
                == "('Value', 1.5, 1.5, Value(data=1.5, grad=0))")
    }
}
