import Foundation
import Testing
@testable import Weave

@Suite struct GraphvizTests {
    @Test func rendersATwoNodeGraphInProcess() throws {
        let svg = try Graphviz.renderSVG(dot: "digraph { a -> b }")
        #expect(svg.contains("<svg"))
        #expect(svg.contains("<title>a</title>"))
        #expect(svg.contains("<title>a&#45;&gt;b</title>"))
    }

    @Test func syntaxErrorIsCapturedAsAnError() {
        #expect(throws: GraphvizError.self) { try Graphviz.renderSVG(dot: "digraph { a -> ") }
        do {
            _ = try Graphviz.renderSVG(dot: "digraph { a -> ")
        } catch {
            #expect(error.message.contains("syntax error"))
        }
    }

    @Test func stillWorksAfterAnError() throws {
        _ = try? Graphviz.renderSVG(dot: "graph {{{")
        let svg = try Graphviz.renderSVG(dot: "digraph { x }")
        #expect(svg.contains("<title>x</title>"))
    }
}

@Suite struct GraphvizQuietTests {
    /// Runs `body` with file descriptor 2 pointed at a temporary file, and returns what was written there.
    static func capturingStandardError(_ body: () -> Void) -> String {
        let path = NSTemporaryDirectory() + "gradbook-stderr-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let saved = dup(2)
        let file = open(path, O_WRONLY)
        dup2(file, 2)
        body()
        fflush(nil)
        dup2(saved, 2)
        close(file)
        close(saved)
        return FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? "?"
    }

    @Test func errorsAndWarningsNeverReachStandardError() {
        var messages: [String] = []
        let printed = Self.capturingStandardError {
            for dot in ["digraph { a -> ", "digraph { a [shape=nonsense] }", "graph { a -> b }"] {
                do {
                    _ = try Graphviz.renderSVG(dot: dot)
                } catch let error as GraphvizError {
                    messages.append(error.message)
                } catch {
                    Issue.record("unexpected error \(error)")
                }
            }
        }
        // Swift Testing reports other tests' progress on the same descriptor meanwhile; only other lines count.
        let runnerMarks: Set<Character> = ["◇", "✔", "✘", "↳", "━", "􀟈", "􀢄", "􁁛", "􀄵"]
        let foreign = printed.split(separator: "\n").filter { line in
            guard let first = line.first else { return false }
            return !runnerMarks.contains(first)
        }
        #expect(foreign.isEmpty, "\(foreign)")
        #expect(messages.count >= 2)
    }
}
