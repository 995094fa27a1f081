import Foundation

/// `gradbook import NOTEBOOK.ipynb… [--output DIR]`: writes each notebook as a Markdown lesson, `DIR/NAME.md`.
///
/// A lesson that already exists with other contents is not overwritten unless `force`: it may hold an author's
/// edits. Importing the same notebook again writes the same bytes, so that case is just "unchanged".
public struct ImportInvocation: Sendable {
    /// The notebooks.
    public var paths: [String]
    /// Where the lessons go (`Notebooks` by default, beside the course's other lessons).
    public var outputDirectory: String
    /// Overwrite a lesson that differs.
    public var force: Bool

    /// Makes an invocation.
    public init(paths: [String], outputDirectory: String = "Notebooks", force: Bool = false) {
        self.paths = paths
        self.outputDirectory = outputDirectory
        self.force = force
    }

    /// Imports every notebook; one that fails does not stop the others. Exit 2 when any could not be read,
    /// made into a lesson, or written.
    public func perform() -> CommandOutcome {
        var outcome = CommandOutcome()
        guard !paths.isEmpty else {
            outcome.complain("error: name at least one notebook (.ipynb) to import")
            outcome.exitCode = ExitStatus.usage
            return outcome
        }
        do {
            try FolderCreation.make(outputDirectory)
        } catch {
            outcome.complain("error: \(outputDirectory): cannot create the folder: \(error.reason)")
            outcome.exitCode = ExitStatus.usage
            return outcome
        }
        var targets: Set<String> = []
        for path in paths {
            let target = (outputDirectory.hasSuffix("/") ? outputDirectory : outputDirectory + "/") + Self.lessonName(for: path)
            guard targets.insert(target).inserted else {
                outcome.complain("\(path): error: another notebook given is also imported as \(target); not imported")
                outcome.exitCode = ExitStatus.usage
                continue
            }
            switch importOne(path, to: target) {
            case .success(let (line, notes)):
                outcome.say(line)
                for note in notes { outcome.complain("note: " + note) }
            case .failure(let problem):
                outcome.complain(problem.description)
                outcome.exitCode = ExitStatus.usage
            }
        }
        return outcome
    }

    private func importOne(_ path: String, to target: String) -> Result<(String, [String]), UsageProblem> {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return .failure(UsageProblem("error: \(path): no such file"))
        }
        guard !isFolder.boolValue, LessonParser.isNotebook(path) else {
            return .failure(UsageProblem("error: \(path): not a Jupyter notebook (a .ipynb file)"))
        }
        let lesson: JupyterImport.Lesson
        do throws(LessonError) {
            guard let data = FileManager.default.contents(atPath: path) else {
                return .failure(UsageProblem("error: \(path): cannot read the notebook"))
            }
            let bytes = [UInt8](data)
            let notebook = try JupyterReader.read(bytes, path: path)
            let document = try JupyterLesson.document(bytes: bytes, path: path)
            lesson = try JupyterImport.lesson(from: document, notebook: notebook)
        } catch {
            return .failure(UsageProblem(error.report))
        }
        if let existing = FileManager.default.contents(atPath: target) {
            if existing.elementsEqual(lesson.text.utf8) { return .success(("\(path): \(target) is unchanged", lesson.notes)) }
            if !force {
                return .failure(UsageProblem("error: \(target) already exists and differs; not overwritten (add --force to replace it)"))
            }
        }
        do {
            try AtomicFile.write(lesson.text, to: target)
        } catch {
            return .failure(UsageProblem("error: \(error.description)"))
        }
        return .success(("imported \(path) as \(target)", lesson.notes))
    }

    /// `demo.ipynb` → `demo.md`.
    static func lessonName(for path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return (LessonParser.isNotebook(name) ? String(name.dropLast(6)) : name) + ".md"
    }
}
