import MicrogradScript
import Testing

/// How arrays sit in the object model: types, elementwise comparisons as values, Python scalars, the engine's
/// `Value`, lessons' classes, built-ins that take iterables, and pyplot.
@Suite struct NumPyObjectModelTests {
    @Test func arraysHaveNumpysTypes() {
        #expect(run("import numpy as np\nx = np.ones(2)\ntype(x), isinstance(x, np.ndarray), type(x.dtype)")
            == "(<class 'numpy.ndarray'>, True, <class 'numpy.dtype'>)")
        #expect(run("import numpy as np\nnp.float64, np.int64 is np.int_, np.random.RandomState")
            == "(<class 'numpy.float64'>, True, <class 'numpy.random.mtrand.RandomState'>)")
    }

    @Test("scalars are Python's: float, int and bool")
    func scalarsArePythons() {
        #expect(run("import numpy as np\nx = np.arange(3.0)\ntype(x.sum()).__name__, type(x[0]).__name__, type(np.arange(2)[1]).__name__, type(x[0] > 1).__name__")
            == "('float', 'float', 'int', 'bool')")
        #expect(run("import numpy as np\nnp.float64(2), np.int64('7'), np.bool_([])") == "(2.0, 7, False)")
    }

    @Test func comparisonsAreElementwiseValuesAndChainsFollowPython() {
        #expect(run("import numpy as np\nx = np.arange(4)\nm = x > 1\nm, x[m], 1 < x < 3")
            == "ValueError: The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
        #expect(run("import numpy as np\nx = np.arange(4)\n(x > 1) & (x < 3), x == x, 1 < 2 < 3, 1 < 3 < 2")
            == "(array([False, False,  True, False]), array([ True,  True,  True,  True]), True, False)")
        #expect(run("class C:\n    def __eq__(self, other): return 'eq'\nC() == 1, 1 == C(), C() != 1") == "('eq', 'eq', False)")
    }

    @Test("arrays hold float64, int64 and bool only: other dtypes are a clear TypeError")
    func otherDTypesAreRefused() {
        #expect(run("import numpy as np\nnp.ones(2).astype('float32')")
            == "TypeError: data type 'float32' is not supported in Gradbook's numpy, whose arrays hold float64, int64 and bool")
        #expect(run("import numpy as np\nnp.array([1, 'a'])")
            == "TypeError: array(): Gradbook's numpy arrays hold numbers (float64, int64, bool), not 'str'")
        #expect(run("import numpy as np\nnp.array([Value(1.0)])")
            == "TypeError: array(): Gradbook's numpy arrays hold numbers (float64, int64, bool), not 'Value'")
        #expect(run("import numpy as np\nnp.zeros(2, dtype='bogus')") == "TypeError: data type 'bogus' not understood")
    }

    @Test func theEnginesValueTakesArrayElements() {
        #expect(run("import numpy as np\nX = np.array([[0.5, -1.0]])\n[list(map(Value, row)) for row in X]")
            == "[[Value(data=0.5), Value(data=-1.0)]]")
        #expect(run("import numpy as np\ny = np.array([1, -1])\nv = Value(2.0)\n[(1 + -yi * v).data for yi in y]")
            == "[-1.0, 3.0]")
    }

    @Test func lessonsClassesReceiveArrayElements() {
        let source = """
            import numpy as np
            class V:
                def __init__(self, data): self.data = data
                def __rmul__(self, other): return V(other * self.data)
                def __radd__(self, other): return V(other + self.data)
            y = np.array([1, -1])
            [(1 + yi * V(2.0)).data for yi in y]
            """
        #expect(run(source) == "[3.0, -1.0]")
        #expect(run("import numpy as np\nclass V:\n    pass\nnp.ones(2) * V()")
            == "TypeError: unsupported operand type(s) for *: 'ndarray' and 'V'")
    }

    @Test("built-ins that take iterables take arrays")
    func builtinsTakeArrays() {
        #expect(run("import numpy as np\nx = np.array([3.0, 1.0, 2.0])\nsum(x), list(x), sorted(x), max(x), list(zip(x, range(2))), len(x)")
            == "(6.0, [3.0, 1.0, 2.0], [1.0, 2.0, 3.0], 3.0, [(3.0, 0), (1.0, 1)], 3)")
        #expect(run("import numpy as np\nimport math\n[math.tanh(v) for v in np.zeros(2)], dict(zip('ab', np.arange(2)))")
            == "([0.0, 0.0], {'a': 0, 'b': 1})")
    }

    @Test func pyplotReadsArrays() {
        let source = """
            import numpy as np
            import matplotlib.pyplot as plt
            xx, yy = np.meshgrid(np.arange(3.0), np.arange(2.0))
            plt.contourf(xx, yy, xx > 0.5)
            plt.scatter(np.array([0.5, 1.5]), np.array([0.2, 0.8]), c=np.array([1, -1]))
            """
        #expect(run(source) == """
            <matplotlib.collections.PathCollection at 0x7f0000000010>
            plot: 2 series
              contourf: grid (2, 3), x 0.0 … 2.0, y 0.0 … 1.0, z {False: 2, True: 4}, levels [0.0, 0.5, 1.0]
              scatter: 2 points, x 0.5 … 1.5, y 0.2 … 0.8, classes {-1: 1, 1: 1}, first (0.5, 0.2), last (1.5, 0.8)
            """)
    }

    @Test func importsOfTheSubmodules() {
        #expect(run("import numpy.random\nnumpy.random.seed(0)\nnumpy.random.randint(10)") == "5")
        #expect(run("from numpy.random import RandomState, seed\nseed(0)\nRandomState(0).rand() == __import__") .hasPrefix("NameError"))
        #expect(run("import sklearn.datasets\nsklearn.datasets.make_moons(2, shuffle=False)[1]") == "array([0, 1])")
        #expect(run("import numpy as np\nimport numpy.random as npr\nnp.random is npr, np.random.mtrand._rand is np.random.mtrand._rand")
            == "(True, True)")
    }
}
