import MicrogradScript
import Testing

/// Bad input to numpy stops the cell with numpy's error, or a clear limit, at the expression that caused it.
@Suite struct NumPyLimitTests {
    @Test func hugeArraysAreAMemoryErrorBeforeAnythingIsAllocated() {
        expectDiagnostic(
            "import numpy as np\nx = 1️⃣np.zeros((10**5, 10**5))",
            "MemoryError: Unable to allocate an array with shape (100000, 100000) and data type float64: 10000000000 "
                + "elements is more than the limit of 10000000")
        expectDiagnostic(
            "import numpy as np\nx = 1️⃣np.random.rand(10**4, 10**4)",
            "MemoryError: Unable to allocate an array with shape (10000, 10000) and data type float64: 100000000 "
                + "elements is more than the limit of 10000000")
    }

    @Test func theSessionsCollectionLimitBoundsArrays() {
        let limits = Limits(collectionElements: 100)
        #expect(run("import numpy as np\nnp.ones(100).sum()", limits: limits) == "100.0")
        #expect(
            run("import numpy as np\nnp.ones((11, 10))", limits: limits)
                == "MemoryError: Unable to allocate an array with shape (11, 10) and data type float64: 110 elements is "
                + "more than the limit of 100")
        #expect(run("import numpy as np\nnp.arange(50) * np.arange(101)[:, None]", limits: limits).hasPrefix("MemoryError"))
    }

    @Test func elementWorkIsChargedToTheStepBudget() {
        #expect(
            run("import numpy as np\nx = np.zeros(10**6)", budget: 1000)
                == "TimeoutError: step budget of 1000 exhausted (raise it with budget=N)")
        #expect(
            run("import numpy as np\nx = np.ones(1000)\nfor _ in range(1000):\n    x = x + 1", budget: 100_000)
                == "TimeoutError: step budget of 100000 exhausted (raise it with budget=N)")
        let plotted = "import numpy as np\nimport matplotlib.pyplot as plt\nx = np.zeros(10**6)\nplt.plot(x, x)"
        #expect(run(plotted, budget: 400_000) == "TimeoutError: step budget of 400000 exhausted (raise it with budget=N)")
    }

    @Test func numpysErrorsArePlacedAtTheirExpression() {
        expectDiagnostic("import numpy as np\nX = np.ones((2, 3))\n1️⃣X[::0]", "ValueError: slice step cannot be zero")
        expectDiagnostic(
            "import numpy as np\nX = np.ones((2, 3))\ny = 1️⃣X + np.ones(2)",
            "ValueError: operands could not be broadcast together with shapes (2,3) (2,) ")
        expectDiagnostic(
            "import numpy as np\nX = np.ones((2, 3))\nprint(1️⃣X[2, 0])", "IndexError: index 2 is out of bounds for axis 0 with size 2")
        expectDiagnostic(
            "import numpy as np\nX = np.ones((2, 3))\nif 1️⃣X > 0:\n    pass",
            "ValueError: The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
        expectDiagnostic(
            "import numpy as np\n1️⃣np.sum(np.ones(2), axis=1)", "AxisError: axis 1 is out of bounds for array of dimension 1")
    }

    @Test func numpysExceptionClassesAreCaughtByTheirBases() {
        let source = """
            import numpy as np
            try:
                np.ones(2).sum(axis=3)
            except IndexError as e:
                print('IndexError', type(e).__name__)
            try:
                np.ones(2).sum(axis=3)
            except ValueError as e:
                print('ValueError', e)
            try:
                a = np.arange(3)
                a += 0.5
            except TypeError as e:
                print(type(e).__name__)
            from sklearn.datasets import make_moons
            try:
                make_moons(noise=-1)
            except TypeError as e:
                print(type(e).__name__, isinstance(e, ValueError))
            """
        #expect(
            run(source) == """
                IndexError AxisError
                ValueError axis 3 is out of bounds for array of dimension 1
                UFuncTypeError
                InvalidParameterError True
                """)
    }
}
