import Foundation
import Testing

@testable import Notebook

@Suite struct AtomicFileTests {
    /// A `gradbook` killed mid-write left `.NAME.PID-N.gradbook-tmp` beside the page for good (found by the
    /// SIGKILL tests); the next write of the same file now removes it once its process is gone.
    @Test func theNextWriteRemovesTemporariesOfProcessesThatAreGone() throws {
        let folder = Fixture.temporaryFolder()
        let gone = folder + "/" + AtomicFile.temporaryName(of: "page.html", process: Int32.max, number: 1)
        let alive = folder + "/" + AtomicFile.temporaryName(of: "page.html", process: 1, number: 2)
        let other = folder + "/" + AtomicFile.temporaryName(of: "other.html", process: Int32.max, number: 3)
        for path in [gone, alive, other] { #expect(FileManager.default.createFile(atPath: path, contents: Data("half".utf8))) }
        try AtomicFile.write("whole\n", to: folder + "/page.html")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == [".other.html.\(Int32.max)-3.gradbook-tmp", ".page.html.1-2.gradbook-tmp", "page.html"])
        #expect(FileManager.default.contents(atPath: folder + "/page.html") == Data("whole\n".utf8))
    }

    /// Foundation's atomic write made a second temporary file (`.dat.nosync…`) that a kill could leave behind.
    @Test func aWriteCreatesOnlyItsOwnTemporaryFile() throws {
        let folder = Fixture.temporaryFolder()
        try AtomicFile.write("one\n", to: folder + "/a.md")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["a.md"])
    }

    @Test func theReplacedFilesPermissionsAreKept() throws {
        let path = Fixture.temporaryFolder() + "/lesson.md"
        try AtomicFile.write("one\n", to: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try AtomicFile.write("two\n", to: path)
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(permissions?.intValue == 0o600)
    }
}
