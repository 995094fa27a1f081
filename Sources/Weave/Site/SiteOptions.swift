import Notebook

/// What `gradbook render` was asked to do.
public struct SiteOptions: Equatable, Sendable {
    /// Lesson files and folders (`Notebooks/` by default).
    public var inputs: [String]
    /// Where pages go (`Output/` by default).
    public var outputDirectory: String
    /// Drop raw HTML from lessons.
    public var safe: Bool
    /// An author's template folder, replacing Gradbook's.
    public var templateDirectory: String?
    /// A node limit for graphs that beats every lesson's `graph_limit`.
    public var graphLimit: Int?
    /// `--force`: re-run every lesson, whatever the cache says.
    public var force: Bool
    /// `--jobs N`: lessons rendered at once (the number of cores when nil).
    public var jobs: Int?
    /// How progress shows on stderr while lessons render.
    public var progress: ProgressMode

    /// Makes options with Gradbook's defaults.
    public init(
        inputs: [String] = ["Notebooks"], outputDirectory: String = "Output", safe: Bool = false,
        templateDirectory: String? = nil, graphLimit: Int? = nil, force: Bool = false, jobs: Int? = nil,
        progress: ProgressMode = .silent
    ) {
        self.inputs = inputs
        self.outputDirectory = outputDirectory
        self.safe = safe
        self.templateDirectory = templateDirectory
        self.graphLimit = graphLimit
        self.force = force
        self.jobs = jobs
        self.progress = progress
    }
}
