import MicrogradScript
import Testing

@Suite("Statements and how cells share a session")
struct StatementTests {
    @Test func cellsShareNamesInOrder() {
        #expect(run("x = 2", "y = x * 3", "print(x, y)") == "2 6")
        let session = Session()
        _ = session.run("a = [1]")
        _ = session.run("a.append(2)")
        #expect(session.run("a").plainText == "[1, 2]")
    }

    @Test func consecutivePrintsMergeIntoOneText() {
        let result = outputs("print('a')\nprint('b', 1, sep='-')\nprint('c', end='')\n42")
        #expect(result == [.text("a\nb-1\nc"), .value("42")])
    }

    @Test func finalNoneIsNotShown() {
        #expect(outputs("x = [1]\nx.append(2)") == [])
        #expect(outputs("None") == [])
    }

    @Test func ifElifElse() {
        let source = """
            def sign(x):
                if x > 0:
                    return 'positive'
                elif x < 0:
                    return 'negative'
                else:
                    return 'zero'
            [sign(3), sign(-1), sign(0)]
            """
        #expect(run(source) == "['positive', 'negative', 'zero']")
    }

    @Test func loopsWithBreakContinueAndElse() {
        let source = """
            out = []
            for i in range(10):
                if i % 2 == 0:
                    continue
                if i > 6:
                    break
                out.append(i)
            else:
                out.append('no break')
            n = 0
            while n < 3:
                n += 1
            else:
                out.append(n)
            out
            """
        #expect(run(source) == "[1, 3, 5, 3]")
    }

    @Test func unpackingAssignments() {
        #expect(run("a, b = 1, 2\na, b = b, a\na, b") == "(2, 1)")
        #expect(run("x = y = 0\nx += 1\nx, y") == "(1, 0)")
        #expect(run("for i, (a, b) in enumerate([(1, 2), (3, 4)]):\n    print(i, a + b)") == "0 3\n1 7")
        #expect(run("xs = [1, 2]\nxs[0] = 10\nxs[-1] += 5\nxs") == "[10, 7]")
        #expect(run("xs = [1]\nys = xs\nxs += [2]\nys") == "[1, 2]")
    }

    @Test func globalAndDelete() {
        let source = """
            total = 0
            def add(n):
                global total
                total += n
            add(2); add(3)
            d = {'a': 1, 'b': 2}
            del d['a']
            total, d
            """
        #expect(run(source) == "(5, {'b': 2})")
    }

    @Test func assertWithMessage() {
        #expect(run("assert 1 + 1 == 2\n'ok'") == "'ok'")
        #expect(run("x = 3\nassert x < 0, f'x is {x}'") == "AssertionError: x is 3")
    }

    @Test func magicLinesAreIgnored() {
        #expect(run("%matplotlib inline\nx = 1\nx") == "1")
    }
}

@Suite("Displaying the final expression")
struct DisplayTests {
    @Test func aTrailingSemicolonSuppressesTheDisplay() {
        #expect(outputs("x = 2\nx * 3;") == [])
        #expect(outputs("x = 2\nx * 3") == [.value("6")])
        #expect(outputs("") == [])
        #expect(outputs("# only a comment\n") == [])
    }
}
