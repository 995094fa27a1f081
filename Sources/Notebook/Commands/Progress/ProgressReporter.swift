import Foundation

/// Tells the person waiting how far `check` or `render` has got, on stderr, while lessons run in parallel.
///
/// Workers report events from any thread; the reporter keeps them behind one lock. In `live` mode it redraws a
/// single line a few times a second (a timer, not a loop) and erases it when done; in `lines` mode it prints one
/// line per finished lesson, in lesson order whatever finishes first, so a log reads the same on every run.
/// Nothing here touches stdout or exit codes.
public final class ProgressReporter: @unchecked Sendable {
    /// How output is shown.
    public let mode: ProgressMode
    private let verb: String
    private let paths: [String]
    private let write: @Sendable (String) -> Void
    private let width: Int
    private let start = ContinuousClock.now
    private let lock = NSLock()
    private var active: [Int: ProgressLine.Activity] = [:]
    private var finishedLines: [Int: String] = [:]
    private var nextToPrint = 0
    private var done = 0
    private var shownLive = false
    private var ticker: DispatchSourceTimer?

    /// A reporter for `paths`, in the order they will be reported; `verb` names the work (`checking`).
    public init(
        mode: ProgressMode, verb: String, paths: [String],
        write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
    ) {
        self.mode = mode
        self.verb = verb
        self.paths = paths
        self.write = write
        self.width = mode == .live ? ProgressMode.columns() : 80
        if mode == .live, !paths.isEmpty { startTicker() }
    }

    /// Seconds since the reporter was made.
    public var seconds: Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// Lesson `index` has started.
    public func started(_ index: Int) {
        update { $0.active[index] = ProgressLine.Activity(path: $0.path(index)) }
    }

    /// Lesson `index` has started cell `cell` (from 0) of `cells`.
    public func cell(_ cell: Int, of cells: Int, inLesson index: Int) {
        update { $0.active[index] = ProgressLine.Activity(path: $0.path(index), cell: cell + 1, cells: cells) }
    }

    /// Lesson `index` is done; `line` is what `lines` mode prints for it.
    public func finished(_ index: Int, line: String) {
        update { reporter in
            reporter.active[index] = nil
            reporter.done += 1
            guard reporter.mode == .lines else { return }
            reporter.finishedLines[index] = line
            while let next = reporter.finishedLines.removeValue(forKey: reporter.nextToPrint) {
                reporter.write(next + "\n")
                reporter.nextToPrint += 1
            }
        }
    }

    /// Stops redrawing and erases the live line, so what follows starts on a clean line.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        ticker?.cancel()
        ticker = nil
        if shownLive { write("\r\u{1B}[2K") }
        shownLive = false
    }

    /// The closing summary, or nil when silent.
    public func summary(lessons: Int, detail: String? = nil, cells: Int, failures: Int, verb: String) -> String? {
        guard mode != .silent else { return nil }
        return ProgressLine.summary(
            verb: verb, lessons: lessons, detail: detail, cells: cells, failures: failures, seconds: seconds)
    }

    /// The line `check` ends stderr with: what was done and how long it took, no counts (stdout has those).
    /// Nil when silent.
    public func closingLine(verb: String, lessons: Int, detail: String? = nil) -> String? {
        guard mode != .silent else { return nil }
        var line = "\(verb) \(ProgressLine.count(lessons, "lesson"))"
        if let detail { line += " (\(detail))" }
        return line + " in \(ProgressLine.elapsed(seconds))"
    }

    private func path(_ index: Int) -> String { paths.indices.contains(index) ? paths[index] : "lesson \(index + 1)" }

    private func update(_ change: (ProgressReporter) -> Void) {
        guard mode != .silent else { return }
        lock.lock()
        defer { lock.unlock() }
        change(self)
        if mode == .live { redrawLocked() }
    }

    private func redrawLocked() {
        guard ticker != nil else { return }
        let activities = active.keys.sorted().compactMap { active[$0] }
        let line = ProgressLine.live(
            verb: verb, done: done, total: paths.count, activities: activities, seconds: seconds, width: width)
        write("\r\u{1B}[2K" + line)
        shownLive = true
    }

    private func startTicker() {
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        timer.schedule(deadline: .now() + .milliseconds(200), repeating: .milliseconds(200))
        timer.setEventHandler { [weak self] in
            guard let self else { return }
            self.lock.lock()
            defer { self.lock.unlock() }
            self.redrawLocked()
        }
        ticker = timer
        timer.resume()
    }
}
