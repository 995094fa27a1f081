import Foundation
import Testing

@testable import Notebook

@Suite struct FolderCreationTests {
    static func scratch() throws -> String {
        let path = NSTemporaryDirectory() + "gradbook-folders-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func makesMissingParentsAndAcceptsAnExistingFolder() throws {
        let root = try Self.scratch()
        try FolderCreation.make(root + "/a/b/c")
        try FolderCreation.make(root + "/a/b/c")
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: root + "/a/b/c", isDirectory: &isFolder) && isFolder.boolValue)
    }

    /// Foundation said "The operation could not be completed. (NSCocoaErrorDomain error 512.)" here.
    @Test func aFileInTheWayIsNamed() throws {
        let root = try Self.scratch()
        #expect(FileManager.default.createFile(atPath: root + "/afile", contents: Data()))
        #expect(throws: FolderCreation.Failure(reason: "'\(root)/afile' is a file, not a folder")) {
            try FolderCreation.make(root + "/afile/out")
        }
    }
}
