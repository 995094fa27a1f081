import Foundation

/// Writes files the safe way: to a temporary file beside the target, then `rename(2)` over it, so a reader
/// never sees half a file and a crash never leaves one.
///
/// The temporary file is `.NAME.PID-N.gradbook-tmp`, written with plain `open`/`write` (Foundation's own atomic
/// write would add a second temporary file of its own). A process killed mid-write leaves its temporary file
/// behind; the next write of the same target removes it once the process that made it is gone.
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
        let name = url.lastPathComponent
        removeStaleTemporaries(of: name, in: directory)
        let temporary = "\(directory)/\(temporaryName(of: name, process: getpid()))"
        var status = stat()
        let replaced: mode_t? = stat(path, &status) == 0 ? status.st_mode & 0o7777 : nil
        // A new file gets the usual 0666 less the umask.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, replaced ?? 0o666)
        guard descriptor >= 0 else {
            throw WriteError(path: path, reason: "cannot create the temporary file \(temporary): \(systemReason())")
        }
        var failure = writeAll(bytes, to: descriptor)
        // The mode given to open is masked by the umask; a replaced file's permissions are kept exactly.
        if failure == nil, let replaced, fchmod(descriptor, replaced) != 0 { failure = systemReason() }
        if close(descriptor) != 0, failure == nil { failure = systemReason() }
        if failure == nil, rename(temporary, path) != 0 { failure = systemReason() }
        if let failure {
            unlink(temporary)
            throw WriteError(path: path, reason: failure)
        }
    }

    /// Writes UTF-8 `text` to `path` atomically.
    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Array(text.utf8), to: path)
    }

    /// `.NAME.PID-N.gradbook-tmp`: hidden, so lesson and page listings skip it, owned by one process, and
    /// numbered within it, so two threads writing the same target (two lessons copying one shared image) never
    /// share a temporary file; the last rename wins with whole content.
    static func temporaryName(of name: String, process: pid_t, number: Int = TemporaryNumber.next()) -> String {
        ".\(name).\(process)-\(number).gradbook-tmp"
    }

    /// Numbers this process's temporary files.
    enum TemporaryNumber {
        nonisolated(unsafe) private static var counter = 0
        private static let lock = NSLock()

        static func next() -> Int {
            lock.withLock {
                counter += 1
                return counter
            }
        }
    }

    /// Removes the temporary files a killed process left for `name`: those whose process no longer runs.
    static func removeStaleTemporaries(of name: String, in directory: String) {
        let prefix = ".\(name)."
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".gradbook-tmp") {
            let middle = entry.dropFirst(prefix.count).dropLast(".gradbook-tmp".count)
            let owner = middle.split(separator: "-", maxSplits: 1).first ?? middle
            guard let process = pid_t(owner), process > 0, process != getpid() else { continue }
            if kill(process, 0) != 0, errno == ESRCH { unlink("\(directory)/\(entry)") }
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let start = buffer.baseAddress else { return 0 }
                return Foundation.write(descriptor, start + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return systemReason()
            }
            offset += written
        }
        return nil
    }

    private static func systemReason() -> String { String(cString: strerror(errno)) }
}
