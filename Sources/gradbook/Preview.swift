import ArgumentParser
import Dispatch
import Foundation
import Preview
import Weave

extension Gradbook {
    /// `gradbook preview [PATH…] [--port P]`.
    struct Preview: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the rendered lessons on 127.0.0.1, re-render a lesson when it is saved, reload the page.",
            discussion: """
                Renders first (incrementally, as render does), then serves the output folder at \
                http://127.0.0.1:PORT/ until interrupted (Ctrl-C). Lessons, their images and the template folder \
                are polled for changes; a change re-renders what it affects and open pages reload themselves. \
                Cell errors show on the page and here. Exits 2 for bad usage, a bad template or a port in use.
                """)

        @OptionGroup var site: SiteArguments

        @Option(name: .shortAndLong, help: "The port on 127.0.0.1 (0 picks a free one).")
        var port: Int = 8000

        @Option(name: .shortAndLong, help: ArgumentHelp("Lessons to run at once (default: the number of cores).", valueName: "n"))
        var jobs: Int?

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
            try ConcurrencyOptions.validate(jobs: jobs)
        }

        func run() throws {
            let options = site.options(jobs: jobs, progress: .silent)
            let session = PreviewSession(site: Site(options: options), port: UInt16(port)) { line in
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
            let stopped = DispatchSemaphore(value: 0)
            let started = Task {
                do {
                    let port = try await session.start()
                    FileHandle.standardOutput.write(Data("serving \(site.output) at http://127.0.0.1:\(port)/ (Ctrl-C stops)\n".utf8))
                    return Int32(0)
                } catch {
                    FileHandle.standardError.write(Data("\(Self.describe(error))\n".utf8))
                    stopped.signal()
                    return Int32(2)
                }
            }
            let signals = [SIGINT, SIGTERM].map { number in
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { stopped.signal() }
                source.resume()
                return source
            }
            stopped.wait()
            let finished = DispatchSemaphore(value: 0)
            let code = ExitCodeBox()
            Task {
                code.value = await started.value
                await session.stop()
                finished.signal()
            }
            finished.wait()
            signals.forEach { $0.cancel() }
            if code.value != 0 { throw ExitCode(code.value) }
        }

        /// A start failure in the words a user needs.
        static func describe(_ error: any Error) -> String {
            if let error = error as? SiteError { return error.description }
            if let error = error as? PreviewError { return error.description }
            return "error: cannot serve on 127.0.0.1: \(error)"
        }
    }
}

/// The exit code, handed from the task that learnt it to the thread that exits.
private final class ExitCodeBox: @unchecked Sendable {
    var value: Int32 = 0
}
