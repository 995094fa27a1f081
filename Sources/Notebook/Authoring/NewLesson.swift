import Foundation

/// `gradbook new "Title"`: starts the next numbered lesson (`NN-slug.md`) from a starter that passes `check`.
public enum NewLesson {
    /// Why a lesson could not be created.
    public struct CreationError: Error, Equatable, Sendable, CustomStringConvertible {
        /// What went wrong, in words.
        public var description: String
    }

    /// Creates the lesson in `folder` (made if missing) and returns its path.
    public static func create(title: String, in folder: String = "Notebooks") throws(CreationError) -> String {
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, !trimmed.contains(where: \.isNewline) else {
            throw CreationError(description: "the title must be one non-empty line")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CreationError(description: "\(folder): cannot create the folder")
        }
        let number = nextNumber(in: folder)
        let name = String(format: "%02d", number) + "-" + MarkdownHeading.slug(trimmed) + ".md"
        let path = (folder.hasSuffix("/") ? folder : folder + "/") + name
        guard !FileManager.default.fileExists(atPath: path) else {
            throw CreationError(description: "\(path) already exists")
        }
        do {
            try AtomicFile.write(starter(title: trimmed), to: path)
        } catch {
            throw CreationError(description: error.description)
        }
        return path
    }

    /// One more than the highest `NN-` prefix among the folder's `.md` files (1 for an empty folder).
    static func nextNumber(in folder: String) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let numbers = names.filter { $0.hasSuffix(".md") }.compactMap { name in
            Int(name.prefix(while: { $0.isASCII && $0.isNumber }))
        }
        return (numbers.max() ?? 0) + 1
    }

    /// The starter lesson: front matter, a heading, a paragraph and one cell with its expected output.
    static func starter(title: String) -> String {
        let quoted = "\"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        return """
            ---
            title: \(quoted)
            summary: One line about this lesson for the index page.
            seed: 0
            ---

            # \(title)

            Write the lesson here. Cells run in order in one session, like a notebook kernel; the block under each
            cell is its expected output, which `gradbook check` compares and `gradbook check --update` rewrites.

            ```micrograd
            a = Value(2.0, label='a')
            b = Value(-3.0, label='b')
            c = a * b
            c.backward()
            print(c)
            print(a.grad, b.grad)
            ```
            ```output
            Value(data=-6.0)
            -3.0 2.0
            ```

            """
    }
}
