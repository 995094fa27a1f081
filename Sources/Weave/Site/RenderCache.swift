import Foundation
import Notebook

/// The folder `Output/.cache/` of incremental rendering: one small JSON entry per page.
///
/// The cache can only save work, never change a page: an entry is trusted only when it was written for the same
/// lesson and key, and the page and images it lists are still in the output folder with the same digests (so
/// a page edited or deleted by hand is re-woven). A missing, unreadable or foreign entry means "re-run". Entries
/// are written atomically, after the page they describe.
struct RenderCache: Sendable {
    /// The output folder the cache describes.
    var outputDirectory: String

    /// `OUTPUT/.cache`.
    var directory: String { "\(outputDirectory)/.cache" }

    /// Why an entry cannot be used.
    enum Miss: Error, Equatable {
        case missing
        case unreadable(String)
    }

    /// The entry for `page`, if there is a usable one for `lesson`.
    func entry(page: String, lesson: String) -> Result<CacheEntry, Miss> {
        guard let data = FileManager.default.contents(atPath: path(page)) else { return .failure(.missing) }
        guard let entry = try? JSONDecoder().decode(CacheEntry.self, from: data) else {
            return .failure(.unreadable("its cache entry is unreadable"))
        }
        guard entry.format == CacheEntry.currentFormat else {
            return .failure(.unreadable("its cache entry is from another version of the cache"))
        }
        guard entry.lesson == lesson else { return .failure(.unreadable("its cache entry is for \(entry.lesson)")) }
        return .success(entry)
    }

    /// Writes `entry` for its page; a cache that cannot be written only costs time, so failures are ignored.
    func store(_ entry: CacheEntry) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        guard let data = try? encoder.encode(entry) else { return }
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try? AtomicFile.write([UInt8](data), to: path(entry.page.path))
    }

    /// Forgets the entry for `page` (its page could not be written).
    func remove(page: String) {
        try? FileManager.default.removeItem(atPath: path(page))
    }

    /// Nil when every file `entry` lists is in the output folder as written, else what is not.
    func changedOutput(of entry: CacheEntry) -> String? {
        guard digest(of: entry.page.path) == entry.page.digest else {
            return "its page in \(outputDirectory) was changed or removed"
        }
        for image in entry.images where digest(of: image.path) != image.digest {
            return "the copy of \(image.path) in \(outputDirectory) was changed or removed"
        }
        return nil
    }

    /// The SHA-256 of a file in the output folder, or nil when it cannot be read.
    func digest(of relativePath: String) -> String? {
        FileManager.default.contents(atPath: "\(outputDirectory)/\(relativePath)").map { SHA256.hex($0) }
    }

    private func path(_ page: String) -> String { "\(directory)/\(page).json" }
}
