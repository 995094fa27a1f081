import Foundation
import Notebook
import Testing

/// The CLI's surface: help, usage errors and invalid lessons, which need no interpreter.
@Suite struct CommandLineTests {
    @Test func helpListsTheSubcommands() throws {
        let outcome = try GradbookProcess.run(["--help"])
        #expect(outcome.exitCode == 0)
        for name in ["run", "check", "new"] { #expect(outcome.standardOutput.contains("  \(name) ")) }
    }

    @Test func checkHelpExplainsItsOptions() throws {
        let outcome = try GradbookProcess.run(["check", "--help"])
        #expect(outcome.exitCode == 0)
        #expect(outcome.standardOutput.contains("--tolerance <tolerance>"))
        #expect(outcome.standardOutput.contains("--update"))
        #expect(outcome.standardOutput.contains("--junit <file>"))
    }

    @Test func badUsageExitsWithTwo() throws {
        #expect(try GradbookProcess.run(["check", "--bogus"]).exitCode == 2)
        #expect(try GradbookProcess.run(["run"]).exitCode == 2)
        #expect(try GradbookProcess.run(["check", "--tolerance", "lots"]).exitCode == 2)
    }

    @Test func missingPathExitsWithTwo() throws {
        let outcome = try GradbookProcess.run(["check", "/nonexistent/Notebooks"])
        #expect(outcome.exitCode == 2)
        #expect(outcome.standardError == "error: /nonexistent/Notebooks: no such file or folder\n")
    }

    @Test func invalidFrontMatterExitsWithTwoAndPointsAtTheKey() throws {
        let path = GradbookProcess.fixture("front-matter-unknown-key.md")
        // --quiet: the diagnostics alone, without the progress lines and closing summary (tested below).
        let outcome = try GradbookProcess.run(["check", path, "--quiet"])
        #expect(outcome.exitCode == 2)
        #expect(
            outcome.standardError == """
                \(path):3:1: error: FrontMatterError: unknown front matter key 'seeed' (known keys: title, summary, seed, tolerance, budget, graph_limit, sanitize, trust_html)
                    seeed: 3
                    ^

                """)
        #expect(outcome.standardOutput.hasSuffix("failures: \(path) (invalid lesson)\n"))
    }

    @Test func unterminatedFenceAndUnknownOptionAndOrphanOutputExitWithTwo() throws {
        for name in ["unterminated-fence.md", "unknown-option.md", "orphan-output.md"] {
            let path = GradbookProcess.fixture(name)
            let outcome = try GradbookProcess.run(["run", path])
            #expect(outcome.exitCode == 2, "\(name)")
            #expect(outcome.standardError.hasPrefix(path + ":"), "\(name)")
        }
    }

    @Test func junitIsWrittenEvenForInvalidLessons() throws {
        let folder = try GradbookProcess.temporaryFolder()
        let report = folder + "/report.xml"
        let outcome = try GradbookProcess.run(["check", GradbookProcess.fixture("front-matter-bad-yaml.md"), "--junit", report])
        #expect(outcome.exitCode == 2)
        let xml = String(decoding: FileManager.default.contents(atPath: report) ?? Data(), as: UTF8.self)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"gradbook check\" tests=\"1\" failures=\"0\" errors=\"1\" time=\"0.000\">"))
    }

    @Test func newCreatesTheNextNumberedLesson() throws {
        let folder = try GradbookProcess.temporaryFolder()
        let outcome = try GradbookProcess.run(["new", "Backprop by hand"], in: folder)
        #expect(outcome.exitCode == 0)
        #expect(outcome.standardOutput == "created Notebooks/01-backprop-by-hand.md\n")
        #expect(FileManager.default.fileExists(atPath: folder + "/Notebooks/01-backprop-by-hand.md"))
    }

    @Test func versionComesFromOnePlace() throws {
        let outcome = try GradbookProcess.run(["--version"])
        #expect(outcome.exitCode == 0)
        #expect(outcome.standardOutput == GradbookVersion.current + "\n")
    }

    @Test func badShardsAndJobsExitWithTwoAndSayWhy() throws {
        let cases: [([String], String)] = [
            (["check", "--shard", "0/3"], "--shard 0/3: I must be from 1 to N (3)"),
            (["check", "--shard", "4/3"], "--shard 4/3: I must be from 1 to N (3)"),
            (["check", "--shard", "two/3"], "--shard takes I/N, two whole numbers such as 2/4; got 'two/3'"),
            (["check", "--jobs", "0"], "--jobs must be from 1 to 256"),
            (["render", "--jobs", "0"], "--jobs must be from 1 to 256"),
            (["render", "--jobs", "257"], "--jobs must be from 1 to 256"),
        ]
        for (arguments, message) in cases {
            let outcome = try GradbookProcess.run(arguments)
            #expect(outcome.exitCode == 2, "\(arguments)")
            #expect(outcome.standardError.hasPrefix("Error: \(message)\n"), "\(arguments): \(outcome.standardError)")
        }
    }

    @Test func progressLinesAndTheSummaryGoToStderrInLessonOrder() throws {
        let first = GradbookProcess.fixture("front-matter-bad-yaml.md")
        let second = GradbookProcess.fixture("front-matter-unknown-key.md")
        let outcome = try GradbookProcess.run(["check", second, first, "--jobs", "2"])
        #expect(outcome.exitCode == 2)
        let lines = outcome.standardError.split(separator: "\n").map(String.init)
        let progress = lines.filter { $0.hasSuffix(": invalid lesson") }
        #expect(progress == ["\(first): invalid lesson", "\(second): invalid lesson"])
        let summary = try #require(lines.last)
        #expect(summary.hasPrefix("checked 2 lessons in "), "\(summary)")
        #expect(
            outcome.standardOutput == "0 passed, 0 failed (0 cells in 2 lessons); failures: \(first) (invalid lesson), \(second) (invalid lesson)\n",
            "the one summary with counts is on stdout")
    }
}
