import Testing

@testable import Notebook

@Suite struct UnifiedDiffTests {
    @Test func equalTextsHaveNoDiff() {
        #expect(UnifiedDiff.make(expected: "a\nb", actual: "a\nb") == "")
    }

    @Test func changedLineWithContext() {
        let diff = UnifiedDiff.make(expected: "1\n2\n3\n4\n5\n6\n7\n8", actual: "1\n2\n3\n4\nfive\n6\n7\n8")
        #expect(
            diff == """
                --- expected
                +++ actual
                @@ -2,7 +2,7 @@
                 2
                 3
                 4
                -5
                +five
                 6
                 7
                 8
                """)
    }

    @Test func insertionsDeletionsAndSeparateHunks() {
        let old = (1...20).map(String.init).joined(separator: "\n")
        var newLines = (1...20).map(String.init)
        newLines.remove(at: 1)
        newLines.insert("new", at: 17)
        let diff = UnifiedDiff.make(expected: old, actual: newLines.joined(separator: "\n"), context: 1)
        #expect(
            diff == """
                --- expected
                +++ actual
                @@ -1,3 +1,2 @@
                 1
                -2
                 3
                @@ -18,2 +17,3 @@
                 18
                +new
                 19
                """)
    }

    @Test func emptyExpectedText() {
        #expect(
            UnifiedDiff.make(expected: "", actual: "x", expectedLabel: "a.md:3 expected", actualLabel: "a.md:3 actual")
                == """
                --- a.md:3 expected
                +++ a.md:3 actual
                @@ -1 +1 @@
                -
                +x
                """)
    }

    @Test func coloursOnlyWhenAsked() {
        let colored = UnifiedDiff.make(expected: "a", actual: "b", style: ConsoleStyle(colored: true))
        #expect(colored.contains("\u{1B}[31m-a\u{1B}[0m"))
        #expect(colored.contains("\u{1B}[32m+b\u{1B}[0m"))
        #expect(!UnifiedDiff.make(expected: "a", actual: "b").contains("\u{1B}"))
    }

    @Test func noColorTurnsColourOff() {
        #expect(ConsoleStyle.detect(fileDescriptor: 1, environment: ["NO_COLOR": "1"]) == .plain)
        // A pipe or file is never a terminal, so tests always get plain output.
        #expect(ConsoleStyle.detect(fileDescriptor: -1, environment: [:]) == .plain)
    }

    @Test func hugeDiffsFallBackToWholeReplacement() {
        let old = (0..<3000).map { "a\($0)" }.joined(separator: "\n")
        let new = (0..<3000).map { "b\($0)" }.joined(separator: "\n")
        let diff = UnifiedDiff.make(expected: old, actual: new)
        #expect(diff.hasPrefix("--- expected\n+++ actual\n@@ -1,3000 +1,3000 @@\n-a0\n"))
    }
}
