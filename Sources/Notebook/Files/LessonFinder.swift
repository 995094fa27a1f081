import Foundation

/// Turns the paths given to `check` or `render` into lesson files, in sorted path order.
///
/// A file is taken as it is; a folder contributes every `.md` and `.ipynb` file below it (hidden files and
/// folders skipped, and so Jupyter's `.ipynb_checkpoints`). Duplicates are dropped. A path that does not exist is an error.
public enum LessonFinder {
    /// A path that names nothing.
    public struct MissingPath: Error, Equatable, Sendable, CustomStringConvertible {
        /// The path as given.
        public var path: String
        /// `path: no such file or folder`.
        public var description: String { "\(path): no such file or folder" }
    }

    /// The lesson files named by `paths`, sorted, without duplicates.
    ///
    /// Two spellings of one file (`Notebooks/a.md` from a folder and `./Notebooks/a.md` given by hand) count
    /// once, under the first spelling met, so `check --update` never writes one lesson twice.
    public static func lessons(in paths: [String]) throws(MissingPath) -> [String] {
        var found: [String] = []
        var seen: Set<String> = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw MissingPath(path: path) }
            for file in isFolder.boolValue ? lessonFiles(under: path) : [path]
            where seen.insert(URL(fileURLWithPath: file).resolvingSymlinksInPath().standardizedFileURL.path).inserted {
                found.append(file)
            }
        }
        // Sorted by UTF-8 bytes: the same order on every machine, like `LC_ALL=C sort`.
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    private static func lessonFiles(under folder: String) -> [String] {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let components = relative.split(separator: "/")
            if components.contains(where: { $0.hasPrefix(".") }) { continue }
            guard relative.hasSuffix(".md") || LessonParser.isNotebook(relative) else { continue }
            var isFolder: ObjCBool = false
            let path = base.isEmpty ? relative : "\(base)/\(relative)"
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                files.append(path)
            }
        }
        return files
    }
}
