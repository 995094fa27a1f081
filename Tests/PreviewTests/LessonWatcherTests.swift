import Foundation
import Testing
@testable import Preview

@Suite struct LessonWatcherTests {
    @Test func aSaveIsSeenEvenWithTheSameSizeAndTime() throws {
        let root = NSTemporaryDirectory() + "gradbook-watch-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/.hidden", withIntermediateDirectories: true)
        let lesson = root + "/01-a.md"
        try Data("print(1)".utf8).write(to: URL(fileURLWithPath: lesson))
        let before = LessonWatcher.stamps(of: [root])
        #expect(before.map(\.path) == [lesson], "hidden folders are not watched")
        let time = try #require(before.first?.modified)
        try Data("print(2)".utf8).write(to: URL(fileURLWithPath: lesson))
        try FileManager.default.setAttributes([.modificationDate: time], ofItemAtPath: lesson)
        let after = LessonWatcher.stamps(of: [root])
        #expect(after.first?.size == before.first?.size)
        #expect(abs(after.first?.modified?.timeIntervalSince(time) ?? 1) < 0.001)
        #expect(after != before)
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/.hidden/cache.json"))
        #expect(LessonWatcher.stamps(of: [root]) == after)
        #expect(LessonWatcher.stamps(of: [root + "/missing"]).isEmpty)
    }
}
