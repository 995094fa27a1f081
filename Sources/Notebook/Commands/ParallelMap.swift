import Foundation

/// Maps over an array on all cores, keeping the results in input order.
///
/// Lessons are independent values (each run owns its `Session`), so checking them side by side is safe;
/// keeping the order keeps the report deterministic.
enum ParallelMap {
    static func map<Element: Sendable, Mapped: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) -> Mapped
    ) -> [Mapped] {
        let slots = Slots<Mapped>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            slots.set(index, transform(elements[index]))
        }
        return slots.values()
    }

    /// Result slots filled from several threads, behind a lock.
    private final class Slots<Value: Sendable>: @unchecked Sendable {
        private var storage: [Value?]
        private let lock = NSLock()

        init(count: Int) { storage = Array(repeating: nil, count: count) }

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
