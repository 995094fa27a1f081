import Foundation

/// A `gradbook` process the test does not wait for: it can be killed mid-run.
final class RunningGradbook {
    private let process = Process()

    /// Starts `gradbook arguments…` in `directory`, its output discarded.
    init(_ arguments: [String], in directory: String) throws {
        process.executableURL = URL(fileURLWithPath: GradbookProcess.executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// Ends the process at once, wherever it is: no handler runs, nothing is flushed or cleaned up.
    func killNow() {
        kill(process.processIdentifier, SIGKILL)
    }

    /// Waits for the process; true when a signal ended it.
    @discardableResult
    func wait() -> (exitCode: Int32, signalled: Bool) {
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason == .uncaughtSignal)
    }
}

/// The files of a folder tree by relative path, and comparisons between such snapshots.
enum FolderSnapshot {
    /// Every file under `folder`, by path relative to it.
    static func take(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return files }
        while let relative = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            let path = folder + "/" + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                files[relative] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }

    /// Writes `files` into `folder`, replacing whatever was there.
    static func restore(_ files: [String: Data], into folder: String) throws {
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (relative, data) in files {
            let url = URL(fileURLWithPath: folder + "/" + relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
    }

    /// Gradbook's temporary files (`.name.PID-N.gradbook-tmp`), which a killed run may leave behind.
    static func isTemporary(_ relative: String) -> Bool {
        relative.split(separator: "/").last.map { $0.hasPrefix(".") && $0.hasSuffix(".gradbook-tmp") } ?? false
    }

    /// The files of `now` that are neither their `old` nor their `new` bytes, temporary files aside.
    static func broken(_ now: [String: Data], old: [String: Data], new: [String: Data]) -> [String] {
        now.keys.sorted().filter { relative in
            guard !isTemporary(relative) else { return false }
            return now[relative] != old[relative] && now[relative] != new[relative]
        }
    }
}
