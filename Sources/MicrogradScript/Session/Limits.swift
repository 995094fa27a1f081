/// The bounds that stop a runaway lesson with a clear error instead of a hang, a crash or exhausted memory.
/// Each is deliberate and tested; a notebook can raise `steps` per lesson and per cell.
public struct Limits: Equatable, Sendable {
    /// Interpreter steps one cell may take (`budget=` in a cell's options, `budget:` in front matter).
    /// The default stops `while True: pass` in well under a few seconds.
    public var steps: Int
    /// Python's recursion limit: nested calls of functions defined in the lesson.
    public var recursionDepth: Int
    /// How deeply brackets and expressions may nest before the parser gives a `SyntaxError`.
    public var nestingDepth: Int
    /// Characters of output one cell may produce.
    public var outputCharacters: Int
    /// Engine values one session may hold at once (live values, after reclaiming unreachable ones).
    public var engineValues: Int
    /// Elements one list, tuple, string or range may hold (`[0] * 10**9` fails cleanly).
    public var collectionElements: Int
    /// Statements (node, edge and attribute lines) one `graphviz` graph may hold.
    public var graphStatements: Int

    /// The highest recursion limit `sys.setrecursionlimit` accepts: lesson code 20,000 calls deep fits in the
    /// deep stack a session runs on (`LargeStack`) even in a debug build, with room to spare (measured in
    /// `RecursionTests`).
    public static let maximumRecursionDepth = 20_000

    /// How many elements a cell may make for one step of its budget. At the default budget a cell can make
    /// 80 million elements (about 1.3 GB), however many collections it spreads them over.
    public static let elementsPerStep = 4

    /// Makes limits; every argument has the default Gradbook uses.
    public init(
        steps: Int = 20_000_000, recursionDepth: Int = 1000, nestingDepth: Int = 200,
        outputCharacters: Int = 1_000_000, engineValues: Int = 20_000_000, collectionElements: Int = 10_000_000,
        graphStatements: Int = 100_000
    ) {
        self.steps = steps
        self.recursionDepth = recursionDepth
        self.nestingDepth = nestingDepth
        self.outputCharacters = outputCharacters
        self.engineValues = engineValues
        self.collectionElements = collectionElements
        self.graphStatements = graphStatements
    }
}
