import Foundation
import Testing

@testable import Notebook

@Suite struct LessonWriterDeletionTests {
    /// A lesson deleted while `check --update` ran was reported as "changed on disk … (run the command again)",
    /// which would not help; it is now named as deleted, and not written back.
    @Test func aDeletedLessonIsNotWrittenBack() throws {
        let path = Fixture.temporaryFolder() + "/gone.md"
        #expect(throws: LessonWriter.Failure.deletedFromDisk(path: path)) {
            try LessonWriter.write("updated\n", to: path, replacing: "original\n")
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(
            LessonWriter.Failure.deletedFromDisk(path: "a.md").description
                == "a.md: error: the file was deleted after it was read; not updated")
    }
}
