import Foundation

/// Writes an updated lesson over the file it was read from, unless someone changed that file meanwhile.
///
/// `check --update` can take a while; an author may save the lesson in an editor during it. Comparing the
/// bytes on disk with the bytes that were read catches that, and the author's edit wins.
public enum LessonWriter {
    /// Why the lesson was not written.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// The file's bytes are no longer the ones that were read.
        case changedOnDisk(path: String)
        /// The file was deleted (or moved away) after it was read; it is not written again.
        case deletedFromDisk(path: String)
        /// The write itself failed.
        case cannotWrite(AtomicFile.WriteError)

        /// One line for standard error.
        public var description: String {
            switch self {
            case .changedOnDisk(let path):
                "\(path): error: the file changed on disk after it was read; not updated (run the command again)"
            case .deletedFromDisk(let path):
                "\(path): error: the file was deleted after it was read; not updated"
            case .cannotWrite(let error):
                "error: \(error.description)"
            }
        }
    }

    /// Writes `text` to `path` atomically if the file still holds exactly `original`.
    public static func write(_ text: String, to path: String, replacing original: String) throws(Failure) {
        guard let current = FileManager.default.contents(atPath: path) else { throw .deletedFromDisk(path: path) }
        guard current.elementsEqual(original.utf8) else { throw .changedOnDisk(path: path) }
        do {
            try AtomicFile.write(text, to: path)
        } catch {
            throw .cannotWrite(error)
        }
    }
}
