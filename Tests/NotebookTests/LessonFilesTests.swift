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
        let again = try LessonFinder.lessons(in: [folder + "/sub", folder + "/./sub/c.md", folder + "/sub/../sub/c.md"])
        #expect(again == [folder + "/sub/c.md"], "one file, however it is spelled")
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

    @Test(arguments: [
        "Réseaux de neurones: «naïf»", "Inputs/outputs and ../../escapes", #"She said "hi" \ back"#,
        "<script>alert(1)</script> & *stars* _under_ `tick` $x$ [link](x) #hash#", "ニューラルネット", "Tab\tinside",
    ])
    func anyOneLineTitleGivesALessonThatReadsItBack(_ title: String) throws {
        let folder = Fixture.temporaryFolder("title\(title.unicodeScalars.count)")
        let path = try NewLesson.create(title: title, in: folder)
        let name = String(path.dropFirst(folder.count + 1))
        #expect(name.hasPrefix("01-") && name.hasSuffix(".md"))
        #expect(!name.dropFirst(3).contains("/"))
        #expect(name.unicodeScalars.allSatisfy { $0.isASCII }, "\(name)")
        let document = try LessonParser.load(path: path)
        #expect(document.frontMatter.title == title)
        let heading = Cmark.headings(in: document.source).first { $0.level == 1 }
        #expect(heading?.text == title, "the heading shows the title as typed")
        let prose = document.blocks.compactMap { block -> String? in
            if case .prose(let prose) = block { return prose.markdown }
            return nil
        }
        #expect(!Cmark.html(prose.joined()).contains("<script>"))
    }

    @Test func fileNamesDropAccentsAndStayShort() {
        #expect(NewLesson.fileSlug("Réseaux de neurones") == "reseaux-de-neurones")
        #expect(NewLesson.fileSlug("ニューラル") == "lesson")
        let long = NewLesson.fileSlug(String(repeating: "backprop ", count: 30))
        #expect(long.count <= NewLesson.maximumSlugLength)
        #expect(long.hasPrefix("backprop-backprop") && !long.hasSuffix("-"))
    }

    @Test func titlesWithControlCharactersAreRefused() {
        let folder = Fixture.temporaryFolder()
        #expect(throws: NewLesson.CreationError.self) { try NewLesson.create(title: "bell\u{7}", in: folder) }
        #expect(throws: NewLesson.CreationError.self) { try NewLesson.create(title: "two\nlines", in: folder) }
        #expect(NewLesson.yamlQuoted("a\u{85}b\u{FEFF}") == #""a\u0085b\ufeff""#)
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
