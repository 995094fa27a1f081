import Foundation

/// Maps over an array on several threads, keeping the results in input order.
///
/// Lessons are independent values (each run owns its `Session`), so checking or rendering them side by side is
/// safe; keeping the order keeps every report deterministic, whatever finishes first. Workers are threads with
/// a main-thread-sized stack, so a lesson that recurses deeply behaves the same under `check` and `render` as
/// under `run`.
public enum ParallelMap {
    /// Stack for each worker: as large as a main thread's usual 8 MiB, with room to spare.
    static let stackSize = 16 << 20

    /// The most workers `--jobs` may ask for: far above any core count here, low enough that a typo
    /// (`--jobs 100000`) cannot exhaust threads.
    public static let maximumJobs = 256

    /// The default number of workers: one per core.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `transform` applied to every element, by up to `jobs` threads (the number of cores by default).
    public static func map<Element: Sendable, Mapped: Sendable>(
        _ elements: [Element], jobs: Int? = nil, _ transform: @escaping @Sendable (Int, Element) -> Mapped
    ) -> [Mapped] {
        let work = Work<Mapped>(count: elements.count)
        let wanted = min(max(1, jobs ?? defaultJobs), maximumJobs)
        let workers = max(1, min(wanted, elements.count))
        let finished = DispatchSemaphore(value: 0)
        for _ in 0..<workers {
            let thread = Thread {
                while let index = work.claim() { work.set(index, transform(index, elements[index])) }
                finished.signal()
            }
            thread.stackSize = stackSize
            thread.start()
        }
        for _ in 0..<workers { finished.wait() }
        return work.values()
    }

    /// `transform` applied to every element, in input order, on up to `jobs` threads.
    public static func map<Element: Sendable, Mapped: Sendable>(
        _ elements: [Element], jobs: Int? = nil, _ transform: @escaping @Sendable (Element) -> Mapped
    ) -> [Mapped] {
        map(elements, jobs: jobs) { _, element in transform(element) }
    }

    /// The next index to do and the results so far, shared by the workers behind a lock.
    private final class Work<Value: Sendable>: @unchecked Sendable {
        private var storage: [Value?]
        private var next = 0
        private let lock = NSLock()

        init(count: Int) { storage = Array(repeating: nil, count: count) }

        func claim() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < storage.count else { return nil }
            next += 1
            return next - 1
        }

        func set(_ index: Int, _ value: Value) {
            lock.lock()
            storage[index] = value
            lock.unlock()
        }

        func values() -> [Value] {
            lock.lock()
            defer { lock.unlock() }
            return storage.compactMap { $0 }
        }
    }
}
