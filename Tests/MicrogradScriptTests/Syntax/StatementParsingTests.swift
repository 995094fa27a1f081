import Testing
@testable import MicrogradScript

/// One test per statement construct: source in, Python rendition out.
@Suite struct StatementParsingTests {
    @Test(arguments: [
        ("x = 1", "x = 1"),
        ("a = b = 0", "a = b = 0"),
        ("a, b = b, a", "(a, b) = (b, a)"),
        ("[a, b] = 1, 2", "[a, b] = (1, 2)"),
        ("a, *rest = xs", "(a, *rest) = xs"),
        ("o.grad = 1.0", "o.grad = 1.0"),
        ("w[0].data = -3.0", "w[0].data = (-3.0)"),
        ("d['k'] = v", "d['k'] = v"),
        ("x += 1", "x += 1"), ("x -= 1", "x -= 1"), ("x *= 2", "x *= 2"), ("x /= 2", "x /= 2"),
        ("x //= 2", "x //= 2"), ("x %= 2", "x %= 2"), ("x **= 2", "x **= 2"),
        ("p.data += -0.01 * p.grad", "p.data += ((-0.01) * p.grad)"),
        ("x: float = 1.0", "x = 1.0"),
    ])
    func assignments(source: String, expected: String) {
        #expect(rendition(source) == expected)
    }

    @Test func severalStatementsOnOneLine() {
        #expect(rendition("x1w1 = x1 * w1; x1w1.label = 'x1w1';") == "x1w1 = (x1 * w1)\nx1w1.label = 'x1w1'")
    }

    @Test func commentsAndBlankLines() {
        #expect(rendition("# heading\n\nx = 1  # one\n   # indented comment\ny = 2\n") == "x = 1\ny = 2")
    }

    @Test func continuationInsideBracketsAndAfterBackslash() {
        #expect(rendition("x = f(1,\n      2)\ny = 1 + \\\n    2") == "x = f(1, 2)\ny = (1 + 2)")
    }

    @Test func ifElifElse() {
        let source = "if x < 0:\n    y = -1\nelif x == 0:\n    y = 0\nelse:\n    y = 1\n"
        #expect(rendition(source) == "if (x < 0):\n    y = (-1)\nelif (x == 0):\n    y = 0\nelse:\n    y = 1")
    }

    @Test func forWithUnpackingBreakContinueAndElse() {
        let source = "for i, (a, b) in enumerate(pairs):\n  if a: continue\n  break\nelse:\n  pass"
        #expect(rendition(source) == "for (i, (a, b)) in enumerate(pairs):\n    if a:\n        continue\n    break\nelse:\n    pass")
    }

    @Test func whileWithElse() {
        #expect(rendition("while n > 0:\n\tn -= 1\nelse:\n\tdone = True") == "while (n > 0):\n    n -= 1\nelse:\n    done = True")
    }

    @Test func functionDefinitions() {
        let source = "def f(x, y=2, *args, z, **kw):\n    '''doc'''\n    return x * y\n"
        #expect(rendition(source) == "def f(x, y=2, *args, z, **kw):\n    'doc'\n    return (x * y)")
        #expect(rendition("def g(*, key=None): return") == "def g(key=None):\n    return")
        #expect(rendition("def h(a: float, b: int = 1) -> float:\n  return a, b") == "def h(a, b=1):\n    return (a, b)")
    }

    @Test func nestedFunctionsAndLoops() {
        let source = """
            def trace(root):
              nodes, edges = set(), set()
              def build(v):
                if v not in nodes:
                  nodes.add(v)
                  for child in v._prev:
                    edges.add((child, v))
                    build(child)
              build(root)
              return nodes, edges
            """
        #expect(rendition(source) == """
            def trace(root):
                (nodes, edges) = (set(), set())
                def build(v):
                    if (v not in nodes):
                        nodes.add(v)
                        for child in v._prev:
                            edges.add((child, v))
                            build(child)
                build(root)
                return (nodes, edges)
            """)
    }

    @Test(arguments: [
        ("pass", "pass"), ("assert x > 0", "assert (x > 0)"), ("assert ok, 'message'", "assert ok, 'message'"),
        ("import math", "import math"), ("import numpy as np, a.b.c as d", "import numpy as np, a.b.c as d"),
        ("from a.b import x, y as z", "from a.b import x, y as z"), ("from m import (a,\n b,)", "from m import a, b"),
        ("from m import *", "from m import *"), ("del a, b[0]", "del a, b[0]"), ("global g", "global g"),
        ("raise ValueError('bad')", "raise ValueError('bad')"), ("raise", "raise"),
    ])
    func simpleStatements(source: String, expected: String) {
        #expect(rendition(source) == expected)
    }

    @Test func globalAndNonlocalInsideFunctions() {
        #expect(rendition("def f():\n  nonlocal a\n  global b, c") == "def f():\n    nonlocal a\n    global b, c")
    }

    @Test func indentationByTabsCountsToMultiplesOfEight() {
        #expect(rendition("if a:\n\tx = 1\n\ty = 2\nz = 3") == "if a:\n    x = 1\n    y = 2\nz = 3")
        #expect(rendition("if a:\n  \tx = 1\n  \ty = 2") == "if a:\n    x = 1\n    y = 2")
    }

    @Test func windowsAndOldMacLineEndings() {
        #expect(rendition("x = 1\r\ny = 2\rz = 3") == "x = 1\ny = 2\nz = 3")
        #expect(rendition("s = \"\"\"a\r\nb\rc\"\"\"") == "s = 'a\\nb\\nc'")
    }

    @Test func emptyCells() {
        #expect(rendition("") == "")
        #expect(rendition("\n\n# only a comment\n") == "")
    }
}
