import ArgumentParser
import Foundation

// Parses the command line and runs the chosen subcommand. Usage errors exit with 2 (ArgumentParser's default
// is 64), so CI sees one code for "bad usage or invalid lesson".
do {
    var command = try Gradbook.parseAsRoot()
    try command.run()
} catch {
    if Gradbook.exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((Gradbook.fullMessage(for: error) + "\n").utf8))
        exit(2)
    }
    Gradbook.exit(withError: error)
}
