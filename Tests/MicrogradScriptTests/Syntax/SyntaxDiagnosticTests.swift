import Testing
@testable import MicrogradScript

/// Each diagnostic as a user sees it: the marker `1️⃣` stands where the caret goes.
@Suite struct SyntaxDiagnosticTests {
    @Test func missingColon() {
        expectDiagnostic("if x1️⃣\n  y", "SyntaxError", "expected ':'")
        expectDiagnostic("for x in y1️⃣\n  z", "SyntaxError", "expected ':'")
        expectDiagnostic("def f()1️⃣\n  y", "SyntaxError", "expected ':'")
    }

    @Test func brackets() {
        expectDiagnostic("x = 1️⃣(1,\ny = 2", "SyntaxError", "'(' was never closed")
        expectDiagnostic("x = 1️⃣[1, 2", "SyntaxError", "'[' was never closed")
        expectDiagnostic("x = 11️⃣)", "SyntaxError", "unmatched ')'")
        expectDiagnostic("x = (11️⃣]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('")
        expectDiagnostic("x = (1,\n1️⃣]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1")
    }

    @Test func generic() {
        expectDiagnostic("x = (1 +1️⃣)", "SyntaxError", "invalid syntax: expected an expression, found ')'")
        expectDiagnostic("x = 1 1️⃣2", "SyntaxError", "invalid syntax: expected a line break or ';', found '2'")
        expectDiagnostic("x = 1;1️⃣;", "SyntaxError", "invalid syntax: expected an expression, found ';'")
        expectDiagnostic("x = a 1️⃣$ b", "SyntaxError", "invalid syntax")
        expectDiagnostic("[1 1️⃣2]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?")
        expectDiagnostic("1️⃣print \"hi\"", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?")
    }

    @Test func lexicalErrorsAfterAGenericOneWin() {
        expectDiagnostic("x = = 1\ny = 1️⃣'abc", "SyntaxError", "unterminated string literal (detected at line 2)")
    }

    @Test func strings() {
        expectDiagnostic("x = 1️⃣'abc\ny = 1", "SyntaxError", "unterminated string literal (detected at line 1)")
        expectDiagnostic("x = 1️⃣\"\"\"abc\n\ndef", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)")
        expectDiagnostic("x = f'1️⃣{a'", "SyntaxError", "f-string: expecting '}'")
        expectDiagnostic("x = f'1️⃣{}'", "SyntaxError", "f-string: empty expression not allowed")
        expectDiagnostic("x = f'{a!1️⃣x}'", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'")
        expectDiagnostic("x = f'1️⃣}'", "SyntaxError", "f-string: single '}' is not allowed")
        expectDiagnostic("x = f'{a +1️⃣}'", "SyntaxError", "f-string: invalid syntax: expected an expression, found end of input")
        expectDiagnostic("x = 1️⃣b'abc'", "SyntaxError", "bytes literals are not supported in Gradbook cells")
    }

    @Test func numbers() {
        expectDiagnostic("x = 1️⃣1abc", "SyntaxError", "invalid decimal literal")
        expectDiagnostic("x = 1️⃣1__0", "SyntaxError", "invalid decimal literal")
        expectDiagnostic("x = 0x11️⃣g", "SyntaxError", "invalid hexadecimal literal")
        expectDiagnostic("x = 0b11️⃣2", "SyntaxError", "invalid digit '2' in binary literal")
        expectDiagnostic(
            "x = 1️⃣012", "SyntaxError",
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
        expectDiagnostic("x = 1️⃣99999999999999999999", "SyntaxError", "integer literal is too large (Gradbook integers have 64 bits)")
        #expect(rendition("x = 1if y else 2") == "x = (1 if y else 2)")
    }

    @Test func indentation() {
        expectDiagnostic(" 1️⃣x = 1", "IndentationError", "unexpected indent")
        expectDiagnostic("x = 1\n    1️⃣y = 2", "IndentationError", "unexpected indent")
        expectDiagnostic("if x:\n1️⃣y = 1", "IndentationError", "expected an indented block after 'if' statement on line 1")
        expectDiagnostic("x = 0\nif x:\n  pass\nelse:\n1️⃣y", "IndentationError", "expected an indented block after 'else' statement on line 4")
        expectDiagnostic("def f():\n1️⃣return", "IndentationError", "expected an indented block after function definition on line 1")
        expectDiagnostic("if x:\n    y = 1\n  1️⃣z = 1", "IndentationError", "unindent does not match any outer indentation level")
        expectDiagnostic("if x:\n\tpass\n        1️⃣y = 1", "TabError", "inconsistent use of tabs and spaces in indentation")
        expectDiagnostic("if x:\n        pass\n\t1️⃣y = 1", "TabError", "inconsistent use of tabs and spaces in indentation")
    }

    @Test func continuation() {
        expectDiagnostic("x = 1️⃣\\ 1", "SyntaxError", "unexpected character after line continuation character")
        expectDiagnostic("x = 1 \\1️⃣", "SyntaxError", "unexpected EOF while parsing")
    }

    @Test func assignmentTargets() {
        expectDiagnostic("1️⃣1 = x", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?")
        expectDiagnostic("1️⃣f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?")
        expectDiagnostic("1️⃣True = 1", "SyntaxError", "cannot assign to True")
        expectDiagnostic("[a, 1️⃣1] = x", "SyntaxError", "cannot assign to literal")
        expectDiagnostic("1️⃣a if b else c = 1", "SyntaxError", "cannot assign to conditional expression")
        expectDiagnostic("1️⃣1 += 1", "SyntaxError", "'literal' is an illegal expression for augmented assignment")
        expectDiagnostic("1️⃣a, b += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment")
        expectDiagnostic("del 1️⃣1", "SyntaxError", "cannot delete literal")
        expectDiagnostic("for 1️⃣1 in x: pass", "SyntaxError", "cannot assign to literal")
        expectDiagnostic("1️⃣*a = 1", "SyntaxError", "starred assignment target must be in a list or tuple")
        expectDiagnostic("a = b = c 1️⃣+= 1", "SyntaxError", "invalid syntax: expected a line break or ';', found '+='")
    }

    @Test func displays() {
        expectDiagnostic("x = {1: 2, 1️⃣3}", "SyntaxError", "':' expected after dictionary key")
        expectDiagnostic("x = {1, 21️⃣: 3}", "SyntaxError", "invalid syntax")
    }

    @Test func callsAndDefinitions() {
        expectDiagnostic("f(a=1, 1️⃣2)", "SyntaxError", "positional argument follows keyword argument")
        expectDiagnostic("f(1️⃣x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized")
        expectDiagnostic("f(1️⃣a.b=1)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?")
        expectDiagnostic("def f(a=1, 1️⃣b): pass", "SyntaxError", "parameter without a default follows parameter with a default")
        expectDiagnostic("def f(a, 1️⃣a): pass", "SyntaxError", "duplicate argument 'a' in function definition")
        expectDiagnostic("def f(1️⃣*): pass", "SyntaxError", "named arguments must follow bare *")
        expectDiagnostic("x = 1️⃣1 if y", "SyntaxError", "expected 'else' after 'if' expression")
        expectDiagnostic("x = [1️⃣*a for a in b]", "SyntaxError", "iterable unpacking cannot be used in comprehension")
        expectDiagnostic(
            "x = (1 1️⃣\"\"\"a long string\nover lines\"\"\")", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?")
        expectDiagnostic(
            "def 1️⃣\"\"\"a long string\nover lines\"\"\"(): pass", "SyntaxError",
            "invalid syntax: expected a function name, found '\"\"\"a long string…'")
        #expect(rendition("sum(x for x in y,)") == "sum((x for x in y))")
    }

    @Test func statementsOutOfPlace() {
        expectDiagnostic("1️⃣break", "SyntaxError", "'break' outside loop")
        expectDiagnostic("1️⃣continue", "SyntaxError", "'continue' not properly in loop")
        expectDiagnostic("1️⃣return 1", "SyntaxError", "'return' outside function")
        expectDiagnostic("for x in y:\n  def f():\n    1️⃣break", "SyntaxError", "'break' outside loop")
        expectDiagnostic("1️⃣else: pass", "SyntaxError", "invalid syntax: 'else' without a matching statement before it")
    }

    @Test func unsupportedConstructs() {
        expectDiagnostic("1️⃣with open('f') as f:\n  pass", "SyntaxError", "'with' statements are not supported in Gradbook cells")
        expectDiagnostic("def f():\n  1️⃣yield 1", "SyntaxError", "'yield' is not supported in Gradbook cells")
        expectDiagnostic("try:\n  pass\n1️⃣x = 1", "SyntaxError", "expected 'except' or 'finally' block")
        expectDiagnostic("@cache\n1️⃣x = 1", "SyntaxError", "invalid syntax: expected 'def' or 'class' after a decorator, found 'x'")
        expectDiagnostic("try:\n  pass\n1️⃣except:\n  pass\nexcept ValueError:\n  pass", "SyntaxError", "default 'except:' must be last")
    }

    @Test func invalidCharacters() {
        expectDiagnostic("x = a 1️⃣→ b", "SyntaxError", "invalid character '→' (U+2192)")
        expectDiagnostic("x = 11️⃣\u{0}", "SyntaxError", "source code cannot contain null bytes")
    }
}
