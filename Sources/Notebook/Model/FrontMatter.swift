/// The lesson's settings from the optional YAML block at the top of the file.
///
/// ```yaml
/// ---
/// title: The neuron
/// summary: One neuron, forward and backward.
/// seed: 42
/// tolerance: 1e-9
/// budget: 20000000
/// graph_limit: 500
/// trust_html: false
/// sanitize:
///   - regex: '\d+ ms'
///     replace: 'N ms'
/// ---
/// ```
/// Any other key is an error, so a typo never silently does nothing.
public struct FrontMatter: Equatable, Sendable {
    /// The page title (else the first `#` heading).
    public var title: String?
    /// One line for the index page.
    public var summary: String?
    /// The seed of the lesson's `random` (0 when absent).
    public var seed: Int?
    /// Relative tolerance for numbers when checking this lesson.
    public var tolerance: Double?
    /// Interpreter steps each cell may take.
    public var budget: Int?
    /// Graphs with more values than this are not drawn (Weave's default applies when absent).
    public var graphLimit: Int?
    /// Regex replacements applied to this lesson's outputs before they are compared (nbval's sanitizers).
    public var sanitize: [Sanitizer]
    /// Whether the HTML and SVG the lesson displays (`display(HTML(…))`) go on its page as written; by default
    /// they are sanitized (no scripts, event handlers, outside loads or styles).
    public var trustHTML: Bool

    /// The keys a lesson may set, in the order the documentation lists them.
    public static let knownKeys = [
        "title", "summary", "seed", "tolerance", "budget", "graph_limit", "sanitize", "trust_html",
    ]

    /// Makes front matter; by default nothing is set.
    public init(
        title: String? = nil, summary: String? = nil, seed: Int? = nil, tolerance: Double? = nil, budget: Int? = nil,
        graphLimit: Int? = nil, sanitize: [Sanitizer] = [], trustHTML: Bool = false
    ) {
        self.title = title
        self.summary = summary
        self.seed = seed
        self.tolerance = tolerance
        self.budget = budget
        self.graphLimit = graphLimit
        self.sanitize = sanitize
        self.trustHTML = trustHTML
    }
}
