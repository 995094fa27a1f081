import Foundation
import Testing

/// One entry of the catalogue of bad inputs: what goes in, and exactly what a user sees.
///
/// Every case runs in a fresh folder beside `ok.md`, a lesson that must keep passing `check` and rendering: one
/// broken lesson never stops the others. Lessons sort as `bad.md` before `ok.md`, so the good lesson comes
/// after the bad one.
struct BadInput: Sendable, CustomTestStringConvertible {
    /// The commands a case runs.
    enum Commands: Sendable, Equatable {
        /// `gradbook check bad.md ok.md`, then `gradbook render bad.md ok.md --output out`.
        case checkAndRender
        /// Only `gradbook render … --output out` (images, output folders, templates, Graphviz).
        case render
        /// `gradbook check --update bad.md ok.md`, then `check` (which must pass), then `render`.
        case updateThenCheck(updated: String)
    }

    var name: String
    /// Files written into the case's folder, by relative path; `bad.md` for most cases.
    var files: [String: [UInt8]]
    var commands: Commands
    /// One whole line the user sees, on standard output or standard error.
    var message: String
    /// The line `render` prints, when it differs from `message` (a lesson that works).
    var renderMessage: String?
    /// The exit code of every command the case runs.
    var exitCode: Int32
    /// `render`'s exit code, when it differs from `exitCode`.
    var renderExitCode: Int32?
    /// Text `out/bad.html` must hold, and text it must not.
    var pageContains: [String] = []
    var pageLacks: [String] = []
    /// `check`'s last line; by default the one the exit code implies.
    var summary: String?
    /// What `render` is given after the lessons (by default `--output out`).
    var renderArguments = ["--output", "out"]
    /// Variables set for the commands (a broken Graphviz).
    var environment: [String: String] = [:]
    /// False when the whole render fails, so no page is written at all.
    var companionRenders = true

    var testDescription: String { name }

    /// The lesson every case runs beside, and the page it must still get.
    static let companion = "# Fine\n\n```micrograd\nprint(6 * 7)\n```\n```output\n42\n```\n"
    static let companionOutput = "<pre>42</pre>"

    /// `render`'s last line, naming every failure: the one `message` reports, for most cases.
    var expectedRenderSummary: String {
        switch renderExitCode ?? exitCode {
        case 0: return "wrote 3 pages to out"
        case 1:
            if message.hasPrefix("out/") { return "wrote 2 pages to out; failures: out/bad.html (not written)" }
            // "bad.md:2:5: error: SyntaxError: …" fails as "bad.md:2 (SyntaxError)".
            let parts = message.split(separator: ":", maxSplits: 5).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count > 4 else { return "(a message of the form path:line:col: error: Kind: …)" }
            return "wrote 3 pages to out; failures: \(parts[0]):\(parts[1]) (\(parts[4]))"
        default: return "wrote 2 pages to out; failures: bad.md (invalid lesson)"
        }
    }

    /// `check`'s summary for one bad lesson beside the companion.
    var expectedSummary: String {
        if let summary { return summary }
        switch exitCode {
        case 0: return "2 passed, 0 failed (2 cells in 2 lessons)"
        case 1: return "1 passed, 1 failed (2 cells in 2 lessons); failures: bad.md:1 (unexpected error)"
        default: return "1 passed, 0 failed (1 cell in 2 lessons); failures: bad.md (invalid lesson)"
        }
    }
}

extension BadInput {
    /// `bad.md` holding one cell with `source` (so the cell's first line is line 2 of the file).
    static func cell(
        _ name: String, _ source: String, sees message: String, exit: Int32 = 1, options: String = "",
        expected: String? = nil, summary: String? = nil
    ) -> BadInput {
        var text = "```micrograd\(options.isEmpty ? "" : " " + options)\n\(source)\n```\n"
        if let expected { text += "```output\n\(expected)\n```\n" }
        return BadInput(
            name: name, files: ["bad.md": Array(text.utf8)], commands: .checkAndRender, message: message,
            renderMessage: exit == 0 ? "wrote 3 pages to out" : nil, exitCode: exit, summary: summary)
    }

    /// `bad.md` holding one cell whose output `check --update` must record so that `check` then passes.
    static func update(_ name: String, _ source: String, records expected: String, fence: String = "```") -> BadInput {
        let text = "```micrograd\n\(source)\n```\n"
        return BadInput(
            name: name, files: ["bad.md": Array(text.utf8)],
            commands: .updateThenCheck(updated: text + "\(fence)output\n\(expected)\n\(fence)\n"),
            message: "bad.md: updated the output of 1 cell (line 1)", renderMessage: "wrote 3 pages to out", exitCode: 0)
    }

    /// `bad.md` holding exactly `bytes`.
    static func lesson(_ name: String, _ bytes: [UInt8], sees message: String, exit: Int32 = 2) -> BadInput {
        BadInput(name: name, files: ["bad.md": bytes], commands: .checkAndRender, message: message, exitCode: exit)
    }

    /// `bad.md` holding exactly `text`.
    static func lesson(_ name: String, _ text: String, sees message: String, exit: Int32 = 2) -> BadInput {
        lesson(name, Array(text.utf8), sees: message, exit: exit)
    }

    /// A case only `render` meets.
    static func render(
        _ name: String, _ files: [String: String], arguments: [String] = ["--output", "out"],
        environment: [String: String] = [:], sees message: String, exit: Int32, companionRenders: Bool = true
    ) -> BadInput {
        BadInput(
            name: name, files: files.mapValues { Array($0.utf8) }, commands: .render, message: message,
            exitCode: exit, renderArguments: arguments, environment: environment,
            companionRenders: companionRenders)
    }
}

extension BadInput {
    /// Runs the case's commands and checks everything the user sees.
    func verify() throws {
        let folder = try GradbookProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var files = self.files
        files["ok.md"] = Array(Self.companion.utf8)
        for (path, bytes) in files {
            let url = URL(fileURLWithPath: folder + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        let lessons = files.keys.filter { $0.hasSuffix(".md") }.sorted()
        switch commands {
        case .checkAndRender:
            let check = try GradbookProcess.run(["check"] + lessons, in: folder, environment: environment)
            expectSeen(check, message, exitCode: exitCode, command: "check")
            #expect(check.standardOutput.hasSuffix(expectedSummary + "\n"), "check's summary:\n\(check.standardOutput)")
        case .updateThenCheck(let updated):
            let update = try GradbookProcess.run(["check", "--update"] + lessons, in: folder, environment: environment)
            expectSeen(update, message, exitCode: exitCode, command: "check --update")
            let lesson = FileManager.default.contents(atPath: folder + "/bad.md").map { String(decoding: $0, as: UTF8.self) }
            #expect(lesson == updated, "the updated lesson")
            files["bad.md"] = Array(updated.utf8)
            let check = try GradbookProcess.run(["check"] + lessons, in: folder, environment: environment)
            expectSeen(check, expectedSummary, exitCode: 0, command: "check after the update")
        case .render:
            break
        }
        let render = try GradbookProcess.run(["render"] + lessons + renderArguments, in: folder, environment: environment)
        expectSeen(render, renderMessage ?? message, exitCode: renderExitCode ?? exitCode, command: "render")
        if !pageContains.isEmpty || !pageLacks.isEmpty {
            // A page that was never written lacks everything: it must exist for "must not contain" to mean anything.
            let written = FileManager.default.contents(atPath: folder + "/out/bad.html")
            #expect(written != nil, "out/bad.html was not written, so what it must and must not hold was not checked")
            let page = String(decoding: written ?? Data(), as: UTF8.self)
            for text in pageContains { #expect(page.contains(text), "bad.html lacks \(text)") }
            for text in pageLacks { #expect(!page.contains(text), "bad.html holds \(text)") }
        }
        if companionRenders {
            #expect(render.standardOutput.hasSuffix(expectedRenderSummary + "\n"), "render's summary:\n\(render.standardOutput)")
            let page = FileManager.default.contents(atPath: folder + "/out/ok.html").map { String(decoding: $0, as: UTF8.self) }
            #expect(page?.contains(Self.companionOutput) == true, "ok.html was not rendered:\n\(render.standardError)")
            #expect(FileManager.default.fileExists(atPath: folder + "/out/index.html"))
        }
        for (path, bytes) in files {
            #expect(FileManager.default.contents(atPath: folder + "/" + path) == Data(bytes), "\(path) changed")
        }
    }

    private func expectSeen(_ outcome: GradbookProcess.Outcome, _ message: String, exitCode: Int32, command: String) {
        #expect(!outcome.signalled, "\(command) was killed by a signal")
        #expect(outcome.exitCode == exitCode, "\(command) exit code\n\(outcome.standardOutput)\(outcome.standardError)")
        #expect(
            outcome.lines.contains(message),
            "\(command) did not print the line\n\(message)\nbut:\n\(outcome.standardOutput.prefix(4000))\(outcome.standardError.prefix(4000))")
    }
}
