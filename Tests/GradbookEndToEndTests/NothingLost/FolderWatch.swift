#if canImport(Glibc)
    import Glibc

    /// Reports files created, read or renamed in one folder, with Linux's inotify, so a test can act at the
    /// very moment a write begins or a file has been read.
    final class FolderWatch {
        /// What happened to a file.
        struct Event: Equatable {
            /// The file's name inside the folder.
            var name: String
            /// inotify's mask (`IN_CREATE`, `IN_CLOSE_NOWRITE`, …).
            var mask: UInt32
        }

        private let descriptor: Int32
        private var pending: [Event] = []

        /// Watches `folder` for the events in `mask`; nil when inotify is unavailable.
        init?(folder: String, mask: Int32) {
            descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
            guard descriptor >= 0 else { return nil }
            guard inotify_add_watch(descriptor, folder, UInt32(bitPattern: mask)) >= 0 else {
                close(descriptor)
                return nil
            }
        }

        deinit { close(descriptor) }

        /// The next event whose file name satisfies `matches`, or nil after `timeout` seconds without one.
        func next(timeout: Double, where matches: (Event) -> Bool) -> Event? {
            let deadline = Self.now() + timeout
            while true {
                if let index = pending.firstIndex(where: matches) {
                    let event = pending[index]
                    pending.removeSubrange(...index)
                    return event
                }
                pending.removeAll()
                let remaining = deadline - Self.now()
                guard remaining > 0 else { return nil }
                var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                guard poll(&request, 1, Int32(remaining * 1000) + 1) > 0 else { continue }
                read()
            }
        }

        private func read() {
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            var offset = 0
            // struct inotify_event { int wd; uint32_t mask; uint32_t cookie; uint32_t len; char name[len]; }
            while offset + 16 <= count {
                let mask = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self) }
                let length = Int(buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self) })
                let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                pending.append(Event(name: String(decoding: nameBytes, as: UTF8.self), mask: mask))
                offset += 16 + length
            }
        }

        private static func now() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_MONOTONIC, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
    }
#endif
