/// `gradbook new "Title"`: creates the lesson and says where.
public struct NewLessonInvocation: Sendable {
    /// The lesson's title.
    public var title: String
    /// The folder of lessons.
    public var folder: String

    /// Makes an invocation.
    public init(title: String, folder: String = "Notebooks") {
        self.title = title
        self.folder = folder
    }

    /// Creates the lesson; exit 2 when it cannot be created.
    public func perform() -> CommandOutcome {
        var outcome = CommandOutcome()
        do {
            let path = try NewLesson.create(title: title, in: folder)
            outcome.say("created \(path)")
        } catch {
            outcome.complain("error: \(error.description)")
            outcome.exitCode = ExitStatus.usage
        }
        return outcome
    }
}
