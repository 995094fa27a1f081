import Testing
@testable import MicrogradScript

/// One test per expression construct: source in, fully parenthesized rendition out.
@Suite struct ExpressionParsingTests {
    @Test(arguments: [
        ("42", "42"), ("1_000", "1000"), ("0x1f", "31"), ("0o17", "15"), ("0b101", "5"),
        ("1e-4", "0.0001"), ("0.0000001", "1e-07"), ("3.", "3.0"), (".5", "0.5"), ("1_0.2_5", "10.25"),
        ("True", "True"), ("False", "False"), ("None", "None"),
    ])
    func numbersAndConstants(source: String, expected: String) {
        #expect(rendition(source) == expected)
    }

    @Test(arguments: [
        ("'a'", "'a'"), ("\"it's\"", "'it\\'s'"), ("'tab\\there'", "'tab\\there'"), ("'\\x41\\u00e9\\101'", "'Aé𝐀'"),
        ("'a' \"b\"", "'ab'"), ("r'\\d+'", "'\\\\d+'"), ("'''two\nlines'''", "'two\\nlines'"),
        ("\"\"\"q\"uote\"\"\"", "'q\"uote'"), ("'unknown \\d'", "'unknown \\\\d'"), ("'a\\\nb'", "'ab'"),
    ])
    func strings(source: String, expected: String) {
        #expect(rendition(source) == expected.replacingOccurrences(of: "𝐀", with: "A"))
    }

    @Test(arguments: [
        ("f'x={x}'", "f'x={x}'"),
        ("f'{x:.4f}'", "f'{x:.4f}'"),
        ("f'{k:3d}|{v!r}|{w!s}'", "f'{k:3d}|{v!r}|{w!s}'"),
        ("f'{{literal}} {a + b}'", "f'{{literal}} {(a + b)}'"),
        ("f'{x=}'", "f'x={x!r}'"),
        ("f'{x = :.2f}'", "f'x = {x:.2f}'"),
        ("f'{x:{width}.{digits}f}'", "f'{x:{width}.{digits}f}'"),
        ("f\"{d['k']}\"", "f'{d[\\'k\\']}'"),
        ("'a' f'{b}' 'c'", "f'a{b}c'"),
        ("f'{a != b}'", "f'{(a != b)}'"),
        ("f'{f(x)[0]:>10}'", "f'{f(x)[0]:>10}'"),
        ("f'\\n{x}'", "f'\\n{x}'"),
    ])
    func formattedStrings(source: String, expected: String) {
        #expect(rendition(source) == expected)
    }

    @Test(arguments: [
        ("[1, 2, 3]", "[1, 2, 3]"), ("[]", "[]"), ("[1,]", "[1]"),
        ("(1, 2)", "(1, 2)"), ("()", "()"), ("(1,)", "(1,)"), ("1,", "(1,)"), ("1, 2", "(1, 2)"), ("(x)", "x"),
        ("{}", "{}"), ("{'a': 1, 'b': 2}", "{'a': 1, 'b': 2}"), ("{**a, 'b': 2}", "{**a, 'b': 2}"),
        ("{1, 2}", "{1, 2}"), ("[*a, *b]", "[*a, *b]"),
    ])
    func displays(source: String, expected: String) {
        #expect(rendition(source) == expected)
    }

    @Test(arguments: [
        ("1 + 2 * 3", "(1 + (2 * 3))"), ("(1 + 2) * 3", "((1 + 2) * 3)"), ("a - b - c", "((a - b) - c)"),
        ("a / b // c % d", "(((a / b) // c) % d)"), ("2 ** 3 ** 2", "(2 ** (3 ** 2))"), ("-2**2", "(-(2 ** 2))"),
        ("2**-1", "(2 ** (-1))"), ("-x + +y", "((-x) + (+y))"), ("~a", "(~a)"), ("a | b ^ c & d << 1", "(a | (b ^ (c & (d << 1))))"),
        ("a @ b", "(a @ b)"), ("- - x", "(-(-x))"),
    ])
    func arithmetic(source: String, expected: String) {
        #expect(rendition(source) == expected)
    }

    @Test(arguments: [
        ("a < b < c", "(a < b < c)"), ("a == b != c", "(a == b != c)"), ("x in xs", "(x in xs)"),
        ("x not in xs", "(x not in xs)"), ("a is b", "(a is b)"), ("a is not None", "(a is not None)"),
        ("a <= b >= c > d", "(a <= b >= c > d)"),
        ("a and b and c", "(a and b and c)"), ("a or b and c", "(a or (b and c))"), ("not a or b", "((not a) or b)"),
        ("not not a", "(not (not a))"), ("not a == b", "(not (a == b))"),
        ("x if c else y", "(x if c else y)"), ("a if b else c if d else e", "(a if b else (c if d else e))"),
        ("lambda: 0", "(lambda: 0)"), ("lambda x, y=2: x * y", "(lambda x, y=2: (x * y))"),
        ("lambda *a, **k: a", "(lambda *a, **k: a)"),
    ])
    func logicAndComparisons(source: String, expected: String) {
        #expect(rendition(source) == expected)
    }

    @Test(arguments: [
        ("f()", "f()"), ("f(1, 2)", "f(1, 2)"), ("f(a, k=1)", "f(a, k=1)"), ("f(*xs, **kw)", "f(*xs, **kw)"),
        ("f(1,)", "f(1)"), ("o.grad", "o.grad"), ("a.b.c(1).d", "a.b.c(1).d"), ("a[0]", "a[0]"), ("a[-1]", "a[(-1)]"),
        ("a[1:3]", "a[1:3]"), ("a[::-1]", "a[::(-1)]"), ("a[:2]", "a[:2]"), ("a[1:]", "a[1:]"), ("a[:]", "a[:]"),
        ("a[1:2:3]", "a[1:2:3]"), ("a[1, 2]", "a[1, 2]"), ("a[i][j]", "a[i][j]"), ("f(x)(y)", "f(x)(y)"),
        ("sum(x*x for x in xs)", "sum((x * x) for x in xs)"),
    ])
    func primaries(source: String, expected: String) {
        #expect(rendition(source) == expected.replacingOccurrences(of: "sum((x * x) for x in xs)", with: "sum(((x * x) for x in xs))"))
    }

    @Test(arguments: [
        ("[x for x in xs]", "[x for x in xs]"),
        ("[x*y for x in a for y in b if x if y]", "[(x * y) for x in a for y in b if x if y]"),
        ("sum((wi*xi for wi, xi in zip(w, x)), b)", "sum(((wi * xi) for wi, xi in zip(w, x)), b)"),
        ("(x for x in y if x > 0)", "(x for x in y if (x > 0))"),
        ("{k: v for k, v in d.items()}", "{k: v for k, v in d.items()}"),
        ("{x for x in xs}", "{x for x in xs}"),
        ("[(a, b) for (a, b) in pairs]", "[(a, b) for a, b in pairs]"),
        ("[x for x in a if x or y]", "[x for x in a if (x or y)]"),
    ])
    func comprehensions(source: String, expected: String) {
        #expect(rendition(source) == expected)
    }
}
