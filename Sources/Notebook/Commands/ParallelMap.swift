import Foundation

/// Maps over an array on all cores, keeping the results in input order.
///
/// Lessons are independent values (each run owns its `Session`), so checking them side by side is safe;
/// keeping the order keeps the report deterministic. Workers are threads with a main-thread-sized stack, so a
/// lesson that recurses deeply behaves the same under `check` as under `run`.
enum ParallelMap {
    /// Stack for each worker: as large as a main thread's usual 8 MiB, with room to spare.
    static let stackSize = 16 << 20

    static func map<Element: Sendable, Mapped: Sendable>(
        _ elements: [Element], _ transform: @escaping @Sendable (Element) -> Mapped
    ) -> [Mapped] {
        let work = Work<Mapped>(count: elements.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, elements.count))
        let finished = DispatchSemaphore(value: 0)
        for _ in 0..<workers {
            let thread = Thread {
                while let index = work.claim() { work.set(index, transform(elements[index])) }
                finished.signal()
            }
            thread.stackSize = stackSize
            thread.start()
        }
        for _ in 0..<workers { finished.wait() }
        return work.values()
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
