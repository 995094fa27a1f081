import Foundation

/// Runs work on a thread with a deep stack, so that the recursion limit (not the native stack) is what stops a
/// deeply recursive lesson, whatever thread the caller is on. If no such thread can be made, the work runs on the
/// caller's thread. Work that is already on such a thread runs there at once, so layers that each need a deep
/// stack (a session, and the parser it calls) pay for one thread, not one each.
enum LargeStack {
    /// 512 MiB of address space; pages are only committed as the stack actually grows.
    static let size = 512 << 20
    /// Marks the threads this made, in their thread dictionary.
    private static let marker = "gradbook.LargeStack"

    private final class Job: @unchecked Sendable {
        let work: () -> Void
        init(_ work: @escaping () -> Void) { self.work = work }
    }

    static func run<T>(_ work: @escaping () -> T) -> T {
        if Thread.current.threadDictionary[marker] != nil { return work() }
        var result: T?
        let job = Job {
            Thread.current.threadDictionary[marker] = true
            result = work()
        }
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, size)
        #if canImport(Glibc)
            var thread = pthread_t()
        #else
            var thread: pthread_t?
        #endif
        let context = Unmanaged.passRetained(job).toOpaque()
        let created = pthread_create(
            &thread, &attributes,
            { context in
                guard let context else { return nil }
                let job = Unmanaged<AnyObject>.fromOpaque(context).takeRetainedValue() as? Job
                job?.work()
                return nil
            }, context)
        if created != 0 {
            Unmanaged<Job>.fromOpaque(context).release()
            return work()
        }
        #if canImport(Glibc)
            pthread_join(thread, nil)
        #else
            if let thread { pthread_join(thread, nil) }
        #endif
        guard let result else { return work() }
        return result
    }
}
