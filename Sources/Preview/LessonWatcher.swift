import Foundation

/// Notices when anything under the lesson folders (or the template folder) is saved, by polling.
///
/// Every `interval` it lists the files (hidden ones skipped) with their size and modification time, and the
/// bytes of each Markdown file, so even a save within one clock tick that keeps the size is seen. Polling is
/// portable and cheap for a course (tens of files); the timer sleeps between polls, nothing spins.
public final class LessonWatcher: @unchecked Sendable {
    /// One file's state.
    struct Stamp: Equatable {
        var path: String
        var size: Int64
        var modified: Date?
        var text: Data?
    }

    private let paths: [String]
    private let timer: DispatchSourceTimer
    private var last: [Stamp]

    /// Watches `paths` (files or folders) every `interval`, calling `changed` on its own queue after a change.
    public init(paths: [String], interval: DispatchTimeInterval = .milliseconds(300), changed: @escaping @Sendable () -> Void) {
        self.paths = paths
        last = Self.stamps(of: paths)
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "gradbook.preview.watcher"))
        timer.schedule(deadline: .now() + interval, repeating: interval, leeway: .milliseconds(50))
        timer.setEventHandler { [weak self] in
            guard let self else { return }
            let now = Self.stamps(of: self.paths)
            guard now != self.last else { return }
            self.last = now
            changed()
        }
        timer.resume()
    }

    /// Stops polling: no poll starts after this returns (one already running may still finish).
    public func stop() {
        timer.cancel()
    }

    deinit { timer.cancel() }

    /// The state of every file under `paths`, in sorted order.
    static func stamps(of paths: [String]) -> [Stamp] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            guard isFolder.boolValue else {
                files.append(path)
                continue
            }
            let enumerator = FileManager.default.enumerator(atPath: path)
            while let relative = enumerator?.nextObject() as? String {
                if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                files.append(path + "/" + relative)
            }
        }
        return files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { file in
            let attributes = try? FileManager.default.attributesOfItem(atPath: file)
            let markdown = file.hasSuffix(".md") || file.hasSuffix(".mustache") || file.hasSuffix(".css")
            return Stamp(
                path: file, size: (attributes?[.size] as? NSNumber)?.int64Value ?? -1,
                modified: attributes?[.modificationDate] as? Date,
                text: markdown ? FileManager.default.contents(atPath: file) : nil)
        }
    }
}
