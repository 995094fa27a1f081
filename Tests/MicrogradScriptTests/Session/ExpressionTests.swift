import MicrogradScript
import Testing

@Suite("Expressions: Python's values, operators and printing")
struct ExpressionTests {
    @Test func intsAndFloatsStayDistinct() {
        #expect(run("3") == "3")
        #expect(run("3.0") == "3.0")
        #expect(run("True + True") == "2")
        #expect(run("7 // 2") == "3")
        #expect(run("-7 // 2") == "-4")
        #expect(run("2 ** -1") == "0.5")
        #expect(run("-2 ** 2") == "-4")
        #expect(run("7 / 2") == "3.5")
        #expect(run("1e-7") == "1e-07")
        #expect(run("2.9753977059954195e-07") == "2.9753977059954195e-07")
        #expect(run("0.1 + 0.2") == "0.30000000000000004")
        #expect(run("1 == 1.0") == "True")
        #expect(run("2/3") == "0.6666666666666666")
        #expect(run("10 % 3, -10 % 3, 10.5 % 3") == "(1, 2, 1.5)")
    }

    @Test func derivativeByNudging() {
        let source = """
            def f(x):
                return 3*x**2 - 4*x + 5
            h = 0.0000001
            x = 2/3
            (f(x + h) - f(x)) / h
            """
        #expect(run(source) == "2.9753977059954195e-07")
    }

    @Test func stringsAndRepr() {
        #expect(run("'a' + 'b'") == "'ab'")
        #expect(run("print('a' + 'b')") == "ab")
        #expect(run("'ab' * 3") == "'ababab'")
        #expect(run("repr('x'), str(1.5)") == "(\"'x'\", '1.5')")
        #expect(run("'-'.join(['a', 'b', 'c'])") == "'a-b-c'")
        #expect(run("'Hello'.upper(), 'Hello'.lower()") == "('HELLO', 'hello')")
        #expect(run("'a b  c'.split()") == "['a', 'b', 'c']")
        #expect(run("'a,b'.split(',')") == "['a', 'b']")
        #expect(run("'  x '.strip()") == "'x'")
        #expect(run("'aXbX'.replace('X', '-')") == "'a-b-'")
        #expect(run("'micrograd'.startswith('micro'), 'x'.endswith('y')") == "(True, False)")
        #expect(run("'{} is {:.2f}'.format('pi', 3.14159)") == "'pi is 3.14'")
        #expect(run("'%.4f' % 0.5") == "'0.5000'")
        #expect(run("'%s=%d' % ('k', 3)") == "'k=3'")
    }

    @Test func formattedStrings() {
        #expect(run("x = 0.5\nf'x = {x}'") == "'x = 0.5'")
        #expect(run("k = 7\nf'{k:3d}|{k:<4}|{k:>4}|{k:^5}|'") == "'  7|7   |   7|  7  |'")
        #expect(run("v = 3.14159\nf'{v:.4f} {v:10.2f} {v:+.1e} {v:g}'") == "'3.1416       3.14 +3.1e+00 3.14159'")
        #expect(run("f'{1234567:,}'") == "'1,234,567'")
        #expect(run("f'{0.25:.0%}'") == "'25%'")
        #expect(run("s = 'hi'\nf'{s!r} {s} {s:>5}'") == "\"'hi' hi    hi\"")
        #expect(run("w = 6\nf'{3.14159:.{w}f}'") == "'3.141590'")
        #expect(run("f'{{literal}}'") == "'{literal}'")
    }

    @Test func comparisonsChainAndShortCircuit() {
        #expect(run("1 < 2 < 3, 1 < 3 < 2") == "(True, False)")
        #expect(run("0 or 'x', 1 and 0, None or []") == "('x', 0, [])")
        #expect(run("3 in [1, 2, 3], 'a' not in 'abc'") == "(True, False)")
        #expect(run("x = None\nx is None, x is not None") == "(True, False)")
        #expect(run("'yes' if [] else 'no'") == "'no'")
        #expect(run("not 0, not [1]") == "(True, False)")
    }

    @Test func containersAreSharedReferences() {
        #expect(run("a = [1, 2]\nb = a\nb.append(3)\na") == "[1, 2, 3]")
        #expect(run("d = {'b': 1, 'a': 2}\nd['c'] = 3\nd") == "{'b': 1, 'a': 2, 'c': 3}")
        #expect(run("d = {1: 'x'}\nd[1.0]") == "'x'")
        #expect(run("t = (1, 2)\nt + (3,)") == "(1, 2, 3)")
        #expect(run("[1, 2] * 2") == "[1, 2, 1, 2]")
        #expect(run("xs = [5, 3, 9]\nxs[-1], xs[0:2], xs[::-1]") == "(9, [5, 3], [9, 3, 5])")
        #expect(run("{1, 2, 2, 3}") == "{1, 2, 3}")
        #expect(run("set()") == "set()")
        #expect(run("a, *rest = [1, 2, 3]\nrest") == "[2, 3]")
    }

    @Test func comprehensions() {
        #expect(run("[x * x for x in range(5)]") == "[0, 1, 4, 9, 16]")
        #expect(run("[x for x in range(10) if x % 3 == 0]") == "[0, 3, 6, 9]")
        #expect(run("[(i, j) for i in range(2) for j in range(i, 2)]") == "[(0, 0), (0, 1), (1, 1)]")
        #expect(run("{k: k * 2 for k in 'ab'}") == "{'a': 'aa', 'b': 'bb'}")
        #expect(run("sum(x * x for x in [1, 2, 3])") == "14")
        #expect(run("x = 'outer'\n[x for x in range(2)]\nx") == "'outer'")
    }

    @Test func lambdasAndClosures() {
        #expect(run("sq = lambda x: x * x\nsq(4)") == "16")
        #expect(run("sorted([3, 1, 2], key=lambda v: -v)") == "[3, 2, 1]")
        let counter = """
            def make_counter():
                count = 0
                def increment():
                    nonlocal count
                    count += 1
                    return count
                return increment
            c = make_counter()
            c(); c()
            c()
            """
        #expect(run(counter) == "3")
    }
}
