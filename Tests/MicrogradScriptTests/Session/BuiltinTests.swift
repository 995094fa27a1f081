import MicrogradScript
import Testing

@Suite("Built-in functions")
struct BuiltinTests {
    @Test func counting() {
        #expect(run("len([1, 2]), len('abc'), len({'a': 1}), len(range(0, 10, 3))") == "(2, 3, 1, 4)")
        #expect(run("list(range(3)), list(range(5, 0, -2))") == "([0, 1, 2], [5, 3, 1])")
        #expect(run("range(3)") == "range(0, 3)")
    }

    @Test func sumFoldsLeftFromZero() {
        #expect(run("sum([1, 2, 3]), sum([0.1] * 10), sum([1, 2], 10), sum([])") == "(6, 0.9999999999999999, 13, 0)")
        #expect(run("sum([[1], [2]], [])") == "[1, 2]")
    }

    @Test func zipEnumerateMapFilter() {
        #expect(run("list(zip([1, 2, 3], 'ab'))") == "[(1, 'a'), (2, 'b')]")
        #expect(run("list(enumerate(['a', 'b'], start=1))") == "[(1, 'a'), (2, 'b')]")
        #expect(run("list(map(float, [1, 2]))") == "[1.0, 2.0]")
        #expect(run("list(map(lambda a, b: a * b, [1, 2], [3, 4]))") == "[3, 8]")
        #expect(run("list(filter(lambda v: v > 1, [0, 1, 2, 3]))") == "[2, 3]")
        #expect(run("list(reversed([1, 2, 3]))") == "[3, 2, 1]")
        #expect(run("z = zip([1], [2])\nlist(z), list(z)") == "([(1, 2)], [])")
    }

    @Test func minMaxSortedAbsRound() {
        #expect(run("min(3, 1, 2), max([4, 9, 2]), max([], default=0)") == "(1, 9, 0)")
        #expect(run("min(['bb', 'a', 'ccc'], key=len)") == "'a'")
        #expect(run("sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True)") == "([1, 2, 3], [3, 2, 1])")
        #expect(run("abs(-3), abs(-2.5)") == "(3, 2.5)")
        #expect(run("round(2.5), round(3.5), round(2.675, 2), round(0.5), round(-1.5)") == "(2, 4, 2.67, 0, -2)")
        #expect(run("round(1234, -2)") == "1200")
    }

    @Test func conversions() {
        #expect(run("float(3), float('1e-3'), float('inf'), int(3.9), int(-3.9), int('42')") == "(3.0, 0.001, inf, 3, -3, 42)")
        #expect(run("str(1.0), bool(0), bool('x'), repr(1.5)") == "('1.0', False, True, '1.5')")
        #expect(run("list('ab'), tuple([1]), dict([('a', 1)]), dict(b=2)") == "(['a', 'b'], (1,), {'a': 1}, {'b': 2})")
        #expect(run("float('abc')") == "ValueError: could not convert string to float: 'abc'")
        #expect(run("int('x')") == "ValueError: invalid literal for int() with base 10: 'x'")
    }

    @Test func anyAllIsinstance() {
        #expect(run("any([0, 1]), all([1, 0]), all([])") == "(True, False, True)")
        #expect(run("isinstance(1, int), isinstance(True, int), isinstance(1.0, (int, float)), isinstance('a', float)") == "(True, True, True, False)")
        #expect(run("isinstance(Value(1.0), Value)") == "True")
    }

    @Test func listMethods() {
        let source = """
            xs = [3, 1, 2]
            xs.append(4); xs.extend([5]); xs.insert(0, 0)
            last = xs.pop()
            first = xs.pop(0)
            xs.sort()
            position = xs.index(3)
            xs.reverse()
            xs, last, first, position
            """
        #expect(run(source) == "([4, 3, 2, 1], 5, 0, 2)")
    }

    @Test func dictMethods() {
        #expect(run("d = {'a': 1}\nd.get('a'), d.get('z', 0), list(d.keys()), list(d.values()), list(d.items())") == "(1, 0, ['a'], [1], [('a', 1)])")
        #expect(run("d = {}\nd['k']") == "KeyError: 'k'")
    }
}

@Suite("print's keywords")
struct PrintTests {
    @Test func sepEndAndFlush() {
        #expect(outputs("print(1, 2, sep='', end='!\\n', flush=True)") == [.text("12!\n")])
        #expect(run("print(1, file=None)") == "TypeError: print() got an unexpected keyword argument 'file'")
    }
}
