import Foundation

/// Makes a folder and any missing parents, saying in plain words why it cannot.
///
/// Foundation's own error for the commonest failure (a file where a folder should be) reads "The operation
/// could not be completed. (NSCocoaErrorDomain error 512.)"; this names the path in the way instead.
public enum FolderCreation {
    /// Why a folder could not be made.
    public struct Failure: Error, Equatable, Sendable {
        /// What went wrong, in words: `'Output' is a file, not a folder`, or the system's reason.
        public var reason: String
    }

    /// Makes `path` and its missing parents; does nothing when it is already a folder.
    public static func make(_ path: String) throws(Failure) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += prefix.isEmpty || prefix.hasSuffix("/") ? String(component) : "/" + component
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: prefix, isDirectory: &isFolder) {
                guard isFolder.boolValue else { throw Failure(reason: "'\(prefix)' is a file, not a folder") }
                continue
            }
            guard mkdir(prefix, 0o755) == 0 else {
                let reason = String(cString: strerror(errno))
                // Another process may have made it meanwhile.
                if FileManager.default.fileExists(atPath: prefix, isDirectory: &isFolder), isFolder.boolValue { continue }
                throw Failure(reason: "cannot make '\(prefix)': \(reason)")
            }
        }
    }
}
