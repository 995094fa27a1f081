import Foundation

/// Writes files the safe way: to a temporary file beside the target, then `rename(2)` over it, so a reader
/// never sees half a file and a crash never leaves one.
public enum AtomicFile {
    /// Why a write failed.
    public struct WriteError: Error, Equatable, Sendable, CustomStringConvertible {
        /// The file that could not be written.
        public var path: String
        /// What went wrong, in words.
        public var reason: String
        /// `path: cannot write: reason`.
        public var description: String { "\(path): cannot write: \(reason)" }
    }

    /// Writes `bytes` to `path` atomically, keeping the permissions of the file it replaces.
    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let temporary = "\(directory)/.\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)-\(TemporaryName.next()).gradbook-tmp"
        let permissions = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? NSNumber
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw WriteError(path: path, reason: "cannot create the temporary file \(temporary)")
        }
        if let permissions {
            _ = try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = try? FileManager.default.removeItem(atPath: temporary)
            throw WriteError(path: path, reason: reason)
        }
    }

    /// Numbers the temporary files of this process, so two threads writing the same target (two lessons
    /// copying one shared image) never share a temporary file; the last rename wins with whole content.
    private enum TemporaryName {
        nonisolated(unsafe) private static var counter = 0
        private static let lock = NSLock()

        static func next() -> Int {
            lock.withLock {
                counter += 1
                return counter
            }
        }
    }

    /// Writes UTF-8 `text` to `path` atomically.
    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Array(text.utf8), to: path)
    }
}
