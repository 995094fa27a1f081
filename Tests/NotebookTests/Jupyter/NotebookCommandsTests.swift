import Foundation
import Testing

@testable import Notebook

/// `import` and `export` as invocations: what they refuse, and what they say.
@Suite struct NotebookCommandsTests {
    @Test func exportRefusesToOverwriteTheNotebookItReads() throws {
        let folder = Fixture.temporaryFolder()
        let path = folder + "/n.ipynb"
        _ = FileManager.default.createFile(atPath: path, contents: Data(NotebookLessonTests.notebook(["print(1)"])))
        let before = FileManager.default.contents(atPath: path)
        let outcome = ExportInvocation(paths: [path], outputDirectory: folder).perform()
        #expect(outcome.exitCode == 2)
        #expect(outcome.standardError == "\(path): error: exporting it to \(folder)/n.ipynb would overwrite the lesson itself; choose another --output\n")
        #expect(FileManager.default.contents(atPath: path) == before)
    }

    @Test func exportRefusesTwoLessonsWithOneNotebookName() throws {
        let folder = Fixture.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/a", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/b", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: folder + "/a/x.md", contents: Data("```micrograd\nprint(1)\n```\n".utf8))
        _ = FileManager.default.createFile(atPath: folder + "/b/x.md", contents: Data("```micrograd\nprint(2)\n```\n".utf8))
        let outcome = ExportInvocation(paths: [folder + "/a", folder + "/b"], outputDirectory: folder + "/out").perform()
        #expect(outcome.exitCode == 2)
        #expect(outcome.standardOutput == "exported \(folder)/a/x.md as \(folder)/out/x.ipynb\n")
        #expect(outcome.standardError == "\(folder)/b/x.md: error: its notebook \(folder)/out/x.ipynb would overwrite the one of \(folder)/a/x.md; not exported\n")
    }

    @Test func exportOfAFailingLessonStillWritesItAndExitsOne() throws {
        let folder = Fixture.temporaryFolder()
        _ = FileManager.default.createFile(atPath: folder + "/f.md", contents: Data("```micrograd\nnope\n```\n".utf8))
        let outcome = ExportInvocation(paths: [folder + "/f.md"], outputDirectory: folder + "/out").perform()
        #expect(outcome.exitCode == 1)
        #expect(outcome.standardError.hasPrefix("\(folder)/f.md:2:1: error: NameError: name 'nope' is not defined\n"))
        let text = String(decoding: FileManager.default.contents(atPath: folder + "/out/f.ipynb") ?? Data(), as: UTF8.self)
        #expect(text.contains("\"ename\": \"NameError\""))
        #expect(ExportInvocation(paths: [folder + "/f.md"], format: "html").perform().standardError == "error: --to html: the only format is ipynb\n")
    }

    @Test func importRefusesWhatIsNotANotebook() throws {
        let folder = Fixture.temporaryFolder()
        _ = FileManager.default.createFile(atPath: folder + "/l.md", contents: Data("# L\n".utf8))
        let outcome = ImportInvocation(paths: [folder + "/l.md", folder + "/missing.ipynb", folder], outputDirectory: folder + "/out").perform()
        #expect(outcome.exitCode == 2)
        #expect(
            outcome.standardError == """
                error: \(folder)/l.md: not a Jupyter notebook (a .ipynb file)
                error: \(folder)/missing.ipynb: no such file
                error: \(folder): not a Jupyter notebook (a .ipynb file)

                """)
        #expect(ImportInvocation(paths: []).perform().standardError == "error: name at least one notebook (.ipynb) to import\n")
    }
}
