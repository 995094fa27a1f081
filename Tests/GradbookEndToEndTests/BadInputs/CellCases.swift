/// Bad cells: syntax errors of each kind, runtime errors, and runaways stopped by a limit. Each cell is line 2
/// of `bad.md`; the message is the line `check` prints first and `render` prints on standard error.
extension BadInput {
    static let syntaxErrors: [BadInput] = [
        .cell("a bracket never closed", "x = [1, 2", sees: "bad.md:2:5: error: SyntaxError: '[' was never closed"),
        .cell("a closing bracket with no opening one", "x = )", sees: "bad.md:2:5: error: SyntaxError: unmatched ')'"),
        .cell(
            "a stray operator", "1 +* 2",
            sees: "bad.md:2:4: error: SyntaxError: invalid syntax: expected an expression, found '*'"),
        .cell("a character outside the language", "x = 1 $ 2", sees: "bad.md:2:7: error: SyntaxError: invalid syntax"),
        .cell(
            "a string never closed", "s = 'abc",
            sees: "bad.md:2:5: error: SyntaxError: unterminated string literal (detected at line 2)"),
        .cell(
            "a triple-quoted string never closed", "\"\"\"abc",
            sees: "bad.md:2:1: error: SyntaxError: unterminated triple-quoted string literal (detected at line 2)"),
        .cell("an f-string never closed", "f\"{x\"", sees: "bad.md:2:3: error: SyntaxError: f-string: expecting '}'"),
        .cell(
            "a block with no indented body", "if True:\nprint(1)",
            sees: "bad.md:3:1: error: IndentationError: expected an indented block after 'if' statement on line 2"),
        .cell("an unexpected indent", "x = 1\n  y = 2", sees: "bad.md:3:3: error: IndentationError: unexpected indent"),
        .cell(
            "an unindent to no outer level", "if True:\n    x = 1\n  y = 2",
            sees: "bad.md:4:3: error: IndentationError: unindent does not match any outer indentation level"),
        .cell(
            "an assignment to a literal", "1 = x",
            sees: "bad.md:2:1: error: SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?"),
        .cell("return outside a function", "return 5", sees: "bad.md:2:1: error: SyntaxError: 'return' outside function"),
        .cell("break outside a loop", "break", sees: "bad.md:2:1: error: SyntaxError: 'break' outside loop"),
        .cell(
            "a metaclass", "class A(metaclass=type):\n    pass",
            sees: "bad.md:2:9: error: SyntaxError: metaclasses are not supported in Gradbook cells (class A(…, metaclass=…))"),
    ]

    static let runtimeErrors: [BadInput] = [
        .cell(
            "an undefined name", "print(undefined_name)",
            sees: "bad.md:2:7: error: NameError: name 'undefined_name' is not defined"),
        .cell(
            "too few arguments to a function", "def f(a, b):\n    return a\nf(1)",
            sees: "bad.md:4:1: error: TypeError: f() missing 1 required positional argument: 'b'"),
        .cell(
            "too many arguments to a built-in", "len([1], [2])",
            sees: "bad.md:2:1: error: TypeError: len() takes exactly one argument (2 given)"),
        .cell(
            "a Value plus a string", "from micrograd.engine import Value\nValue(1.0) + \"a\"",
            sees: "bad.md:3:1: error: TypeError: unsupported operand type(s) for +: 'Value' and 'str'"),
        .cell("a division by zero", "1 / 0", sees: "bad.md:2:1: error: ZeroDivisionError: division by zero"),
        .cell(
            "a Value divided by zero", "from micrograd.engine import Value\nValue(1.0) / 0",
            sees: "bad.md:3:1: error: ZeroDivisionError: 0.0 cannot be raised to a negative power"),
        .cell(
            "the log of a negative number", "import math\nmath.log(-1)",
            sees: "bad.md:3:1: error: ValueError: math domain error"),
        .cell(
            "an exponential that overflows", "import math\nmath.exp(1000)",
            sees: "bad.md:3:1: error: OverflowError: math range error"),
        .cell(
            "a Value's exponential that overflows", "from micrograd.engine import Value\nValue(1000.0).exp()",
            sees: "bad.md:3:1: error: OverflowError: math range error"),
        .cell(
            "an integer beyond 64 bits", "2 ** 64",
            sees: "bad.md:2:1: error: OverflowError: integer result does not fit in 64 bits (Gradbook's integers are 64-bit)"),
        .cell(
            "NaN flowing through a training loop, which runs",
            """
            from micrograd.nn import MLP
            model = MLP(2, [4, 1])
            for step in range(3):
                loss = (model([1.0, float('nan')]) - 1.0) ** 2
                model.zero_grad()
                loss.backward()
                for p in model.parameters():
                    p.data -= 0.1 * p.grad
                print(step, loss.data, model.parameters()[0].data)
            """,
            sees: "2 passed, 0 failed (2 cells in 2 lessons)", exit: 0, expected: "0 nan nan\n1 nan nan\n2 nan nan"),
    ]

    static let runaways: [BadInput] = [
        .cell(
            "while True", "while True:\n    pass",
            sees: "bad.md:3:5: error: TimeoutError: step budget of 20000000 exhausted (raise it with budget=N)"),
        .cell(
            "runaway recursion", "def f(n):\n    return f(n + 1)\nf(0)",
            sees: "bad.md:3:12: error: RecursionError: maximum recursion depth exceeded"),
        .cell(
            "100,000 nested brackets", "x = " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000),
            sees: "bad.md:2:205: error: SyntaxError: too many nested parentheses"),
        .cell(
            "a list of a billion elements", "x = [0] * 10**9",
            sees: "bad.md:2:5: error: MemoryError: a collection may hold at most 10000000 elements (Gradbook's limit)"),
        .cell(
            "printing in an endless loop", "while True:\n    print('spam')",
            sees: "bad.md:3:5: error: RuntimeError: output limit of 1000000 characters exceeded (Gradbook's limit)"),
        .cell(
            "a chain of a million values through backward, which works",
            """
            from micrograd.engine import Value
            x = Value(1.0)
            y = x
            for i in range(1000000):
                y = y * 1.0
            y.backward()
            print(x.grad)
            """,
            sees: "2 passed, 0 failed (2 cells in 2 lessons)", exit: 0, expected: "1.0"),
    ]

    /// Printed text that a lesson cannot hold as written: `check --update` records it so that `check` passes.
    static let awkwardOutputs: [BadInput] = [
        .update("a printed NUL", "print('a\\0b')", records: "a\u{2400}b"),
        .update("a printed carriage return", "print('50%\\r100%')", records: "50%\n100%"),
        .update("a printed Windows line ending", "print('one\\r\\ntwo')", records: "one\ntwo"),
        .update("printed fences", "print('```\\n~~~~\\n````')", records: "```\n~~~~\n````", fence: "`````"),
    ]
}
