import MicrogradScript
import Testing

@Suite("Imported modules: math, random, numpy, matplotlib")
struct ModuleTests {
    @Test func math() {
        #expect(run("import math\nmath.exp(1), math.log(math.e), math.tanh(0.5), math.sqrt(2)") == "(2.718281828459045, 1.0, 0.46211715726000974, 1.4142135623730951)")
        #expect(run("import math\nmath.pi, math.floor(-1.5), math.ceil(1.2), math.isclose(0.1 + 0.2, 0.3)") == "(3.141592653589793, -2, 2, True)")
        #expect(run("import math\nmath.exp(1000)") == "OverflowError: math range error")
        #expect(run("import math\nmath.log(-1)") == "ValueError: math domain error")
        #expect(run("import math\nmath.sqrt(-1)") == "ValueError: math domain error")
    }

    @Test func randomFollowsCPython() {
        // CPython 3.11: random.seed(42); random.random(), random.uniform(-1, 1)
        #expect(run("import random\nrandom.seed(42)\nrandom.random()") == "0.6394267984578837")
        #expect(run("import random\nrandom.seed(42)\nxs = [1, 2, 3, 4, 5]\nrandom.shuffle(xs)\nxs") == "[4, 2, 3, 5, 1]")
    }

    @Test func randomSeedsBeyond32BitsNegativeAndAtTheEdges() {
        // CPython 3.11.7: random.seed(2**40 + 3); random(), uniform(-1, 1), gauss(0, 1), gauss(0, 1) (the cached pair)
        #expect(
            run("import random\nrandom.seed(2**40 + 3)\nrandom.random(), random.uniform(-1, 1), random.gauss(0, 1), random.gauss(0, 1)")
                == "(0.21978710637116716, 0.09893755367044066, 2.338714069862895, 1.581065517911692)")
        #expect(run("import random\nrandom.seed(-7)\nrandom.random(), random.choice('abcdef')") == "(0.32383276483316237, 'b')")
        #expect(run("import random\nrandom.seed(9223372036854775807)\nrandom.random()") == "0.3166448820870279")
        #expect(run("import random\nrandom.seed(-9223372036854775807 - 1)\nrandom.random()") == "0.5534639983914199")
        #expect(run("import random\nrandom.seed(True)\nrandom.random()") == "0.13436424411240122")
        #expect(run("import random\nxs = list(range(10))\nrandom.seed(5)\nrandom.shuffle(xs)\nxs") == "[2, 3, 1, 0, 8, 7, 6, 5, 4, 9]")
        #expect(run("import random\nrandom.choice([])") == "IndexError: Cannot choose from an empty sequence")
    }

    @Test func moreOfMath() {
        #expect(run("import math\nmath.inf, math.cos(0.5), math.sin(0.5), math.fabs(-2), math.log(8, 2)") == "(inf, 0.8775825618903728, 0.479425538604203, 2.0, 3.0)")
    }

    @Test func randomDrawsInOrderFromOneGenerator() {
        // CPython 3.11: random.seed(1); uniform(-1, 1), gauss(0, 1), choice('abc'), randint(1, 6)
        #expect(
            run("import random\nrandom.seed(1)\nrandom.uniform(-1, 1), random.gauss(0, 1), random.choice(['a', 'b', 'c']), random.randint(1, 6)")
                == "(-0.7312715117751976, 0.9762429492718849, 'b', 1)")
        #expect(run("import random\nrandom.seed(7)\na = random.random()\nrandom.seed(7)\na == random.random()") == "True")
    }

    @Test func theSessionSeedsTheGenerator() {
        #expect(run("import random\nrandom.random()", seed: 42) == "0.6394267984578837")
        #expect(run("import random\nrandom.random()\nrandom.seed()\nrandom.random()", seed: 42) == "0.6394267984578837")
        #expect(run("MLP(3, [4, 4, 1]).parameters()[0].data", seed: 42) == "0.2788535969157675")
    }

    @Test func numpyGivesArrays() {
        #expect(run("import numpy as np\nnp.arange(-1, 1, 0.5)") == "array([-1. , -0.5,  0. ,  0.5])")
        #expect(run("import numpy as np\nnp.arange(3)") == "array([0, 1, 2])")
        #expect(run("import numpy as np\nnp.linspace(0, 1, 5)") == "array([0.  , 0.25, 0.5 , 0.75, 1.  ])")
        #expect(run("import numpy as np\nnp.tanh([0.0, 1.0])") == "array([0.        , 0.76159416])")
        #expect(run("import numpy as np\nnp.exp(0)") == "1.0")
    }

    @Test func plotsAreEmittedAtShowOrAtTheEnd() {
        let source = """
            import numpy as np
            import matplotlib.pyplot as plt
            xs = np.arange(-5, 5, 0.25)
            ys = [3*x**2 - 4*x + 5 for x in xs]
            plt.plot(xs, ys)
            plt.grid()
            """
        #expect(
            run(source) == """
                plot: 1 series, grid
                  line: 40 points, x -5.0 … 4.75, y 3.6875 … 100.0, first (-5.0, 100.0), last (4.75, 53.6875)
                """)
        let shown = outputs("import matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.title('t')\nplt.show()\nprint('after')")
        #expect(shown.count == 2)
        #expect(shown.last == .text("after\n"))
    }

    @Test func importsOfTheEngine() {
        #expect(run("from micrograd.engine import Value\nValue(2.0) * 3") == "Value(data=6.0, grad=0)")
        #expect(run("from micrograd.nn import MLP, Layer, Neuron\nMLP(2, [3, 1])") == "MLP of [Layer of [ReLUNeuron(2), ReLUNeuron(2), ReLUNeuron(2)], Layer of [LinearNeuron(3)]]")
        #expect(run("from micrograd import nn\nnn.Neuron(2)") == "ReLUNeuron(2)")
        #expect(run("import micrograd.nn\nmicrograd.nn.Layer(1, 1)") == "Layer of [ReLUNeuron(1)]")
    }
}

@Suite("Plots: figures and scatter classes")
struct PlotTests {
    @Test func figureStartsANewPlotAndScatterKeepsClasses() {
        let source = """
            import matplotlib.pyplot as plt
            plt.plot([0, 1], [1, 0])
            plt.figure(figsize=(4, 4))
            plt.scatter([0.5, 1.5, 2.5], [1, 2, 3], c=[0, 1, 1])
            plt.title('points'); plt.xlabel('x'); plt.ylabel('y')
            """
        #expect(
            run(source) == """
                plot: 1 series
                  line: 2 points, x 0.0 … 1.0, y 0.0 … 1.0, first (0.0, 1.0), last (1.0, 0.0)
                Text(0, 0.5, 'y')
                plot: 1 series, figsize (4.0, 4.0)
                  title: points
                  x label: x
                  y label: y
                  scatter: 3 points, x 0.5 … 2.5, y 1.0 … 3.0, classes {0: 1, 1: 2}, first (0.5, 1.0), last (2.5, 3.0)
                """)
    }
}
