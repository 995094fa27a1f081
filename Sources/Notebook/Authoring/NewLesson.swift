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
        guard !trimmed.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F }) else {
            throw CreationError(description: "the title must not contain control characters")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CreationError(description: "\(folder): cannot create the folder")
        }
        let number = nextNumber(in: folder)
        let name = String(format: "%02d", number) + "-" + fileSlug(trimmed) + ".md"
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

    /// The most characters of the title that go into the file name (file names stay well under 255 bytes).
    static let maximumSlugLength = 60

    /// The title's slug for a file name: accents dropped, cut at a word near `maximumSlugLength`, and `lesson`
    /// when no letter or digit is left (a title in another script).
    static func fileSlug(_ title: String) -> String {
        var slug = MarkdownHeading.slugWords(title)
        if slug.count > maximumSlugLength {
            let cut = slug.prefix(maximumSlugLength)
            slug = String(cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut)
        }
        return slug.isEmpty ? "lesson" : slug
    }

    /// The title as a YAML double-quoted scalar: backslashes, quotes and control characters escaped.
    static func yamlQuoted(_ title: String) -> String {
        var out = "\""
        for scalar in title.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\t": out += "\\t"
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFEFF {
                    out += "\\u" + String(repeating: "0", count: 4 - String(value, radix: 16).count) + String(value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// The title as the text of a Markdown heading: characters Markdown would read as markup (emphasis, code,
    /// links, raw HTML, math, a closing `#`) are backslash-escaped, so the heading shows the title as typed.
    static func headingText(_ title: String) -> String {
        var out = ""
        for character in title {
            if "\\`*_[]<>#$&~|!".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// The starter lesson: front matter, a heading, a paragraph and one cell with its expected output.
    static func starter(title: String) -> String {
        return """
            ---
            title: \(yamlQuoted(title))
            summary: One line about this lesson for the index page.
            seed: 0
            ---

            # \(headingText(title))

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
