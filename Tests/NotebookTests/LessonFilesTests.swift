import Foundation
import Testing

@testable import Notebook

@Suite struct LessonFilesTests {
    @Test func findsMarkdownFilesInSortedOrderSkippingHiddenOnes() throws {
        let folder = Fixture.temporaryFolder()
        for name in ["b.md", "a.md", "notes.txt", ".hidden.md", "sub/c.md", ".git/d.md"] {
            let path = folder + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try AtomicFile.write("x\n", to: path)
        }
        let found = try LessonFinder.lessons(in: [folder, folder + "/notes.txt", folder + "/a.md"])
        #expect(found == [folder + "/a.md", folder + "/b.md", folder + "/notes.txt", folder + "/sub/c.md"])
        #expect(throws: LessonFinder.MissingPath(path: folder + "/nope")) { try LessonFinder.lessons(in: [folder + "/nope"]) }
    }

    @Test func newLessonsAreNumberedAfterTheHighest() throws {
        let folder = Fixture.temporaryFolder()
        #expect(try NewLesson.create(title: "Hello, World!", in: folder) == folder + "/01-hello-world.md")
        try AtomicFile.write("x\n", to: folder + "/07-later.md")
        #expect(try NewLesson.create(title: "The \"neuron\"", in: folder) == folder + "/08-the-neuron.md")
        let document = try LessonParser.load(path: folder + "/08-the-neuron.md")
        #expect(document.frontMatter.title == "The \"neuron\"")
        #expect(document.cells.count == 1)
        #expect(document.cells.first?.expected?.text == "Value(data=-6.0)\n-3.0 2.0")
        #expect(throws: NewLesson.CreationError.self) { try NewLesson.create(title: "  ", in: folder) }
    }

    @Test func atomicWritesKeepPermissionsAndLeaveNoTemporaryFile() throws {
        let folder = Fixture.temporaryFolder()
        let path = folder + "/script.md"
        try AtomicFile.write("one", to: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try AtomicFile.write("two", to: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
        #expect(FileManager.default.contents(atPath: path) == Data("two".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["script.md"])
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("x", to: folder + "/missing/dir/file") }
    }
}
