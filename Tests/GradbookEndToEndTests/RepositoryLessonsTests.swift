import Foundation
import Testing

/// The lessons in `Notebooks/` are regression tests. One `check --update` on a copy of each proves both
/// things at once: it exits 0 only when no cell failed unexpectedly, and it leaves the copy byte for byte as it
/// was only when every output still matches its expected block.
@Suite
struct RepositoryLessonsTests {
    static let lessons: [String] = {
        let folder = GradbookProcess.repositoryRoot + "/Notebooks"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted().map { folder + "/" + $0 }
    }()

    /// The parameterized test below makes no case at all for an empty list, so an empty list must fail here.
    @Test func theCourseIsFound() {
        #expect(Self.lessons.count >= 9, "no lessons found in \(GradbookProcess.repositoryRoot)/Notebooks")
    }

    @Test(arguments: lessons) func lessonPassesCheckAndUpdateKeepsItsBytes(_ path: String) throws {
        let folder = try GradbookProcess.temporaryFolder()
        let copy = folder + "/" + URL(fileURLWithPath: path).lastPathComponent
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        let outcome = try GradbookProcess.run(["check", "--update", copy])
        #expect(outcome.exitCode == 0, "\(outcome.standardOutput)\(outcome.standardError)")
        if FileManager.default.contents(atPath: copy) != FileManager.default.contents(atPath: path) {
            let check = try GradbookProcess.run(["check", path])
            Issue.record("check --update changed the lesson:\n\(check.standardOutput)")
        }
    }
}
