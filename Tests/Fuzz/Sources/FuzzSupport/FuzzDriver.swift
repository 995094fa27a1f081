import CLibFuzzer

#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// Hands one test function to libFuzzer's driver, which then parses the command line (corpus folders,
/// `-max_total_time=…`, `-runs=…`) and calls the function once per input.
///
/// A fuzz target's `main.swift` is one call: `FuzzDriver.run { bytes in … }`. The function must return
/// normally for every input; a crash, a sanitizer report or `FuzzDriver.require` failing is a finding.
public enum FuzzDriver {
    /// The function under test. libFuzzer calls it from one thread, one input at a time.
    nonisolated(unsafe) private static var test: ((UnsafeRawBufferPointer) -> Void)?

    /// Runs libFuzzer with this process's arguments and exits with its status.
    public static func run(_ body: @escaping (UnsafeRawBufferPointer) -> Void) -> Never {
        test = body
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            FuzzDriver.test?(UnsafeRawBufferPointer(start: data, count: size))
            return 0
        }
        exit(status)
    }

    /// Stops the run as a finding when `condition` is false: prints `message` and aborts, so libFuzzer saves
    /// the input as a crash artifact.
    public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        guard !condition else { return }
        let text = Array("fuzz property failed: \(message())\n".utf8)
        _ = text.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        abort()
    }
}

extension UnsafeRawBufferPointer {
    /// The input as text, invalid UTF-8 replaced by U+FFFD (what a lesson's strings can hold).
    public var text: String { String(decoding: self, as: UTF8.self) }
}

extension String {
    /// The number of lines, counting `\n`, `\r\n` and a lone `\r` as line ends, as the tokenizer and cmark do.
    public var lineCount: Int {
        split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).count
    }

    /// How many times `needle` occurs, without overlaps.
    public func occurrences(of needle: String) -> Int {
        let haystack = Array(utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return 0 }
        var count = 0
        var index = 0
        while index + pattern.count <= haystack.count {
            if haystack[index..<(index + pattern.count)].elementsEqual(pattern) {
                count += 1
                index += pattern.count
            } else {
                index += 1
            }
        }
        return count
    }
}
