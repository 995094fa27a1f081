import Foundation
import Micrograd

/// One lesson's interpreter state, like one Jupyter kernel: cells run in order and share their names, the random
/// generator and the engine's values.
///
/// ```swift
/// let session = Session()
/// session.run("a = Value(2.0)\nb = a * 3\nb")   // [.value("Value(data=6.0)")]
/// session.run("print(b.data)")                  // [.text("6.0\n")]
/// ```
///
/// A session owns everything it touches and holds no global state, so sessions can run side by side (each on
/// one thread at a time).
///
/// The language is Python's semantics on the subset lessons use (CPython 3.11 is the reference). Where Gradbook
/// differs, it does so on purpose, and the difference is an error or a deterministic result, never a crash:
/// - ints are 64-bit; a result beyond is `OverflowError` (CPython's ints are unbounded); there are no complex
///   numbers, so a negative number to a fractional power is a `ValueError`;
/// - a `Value`'s data is always a float: `Value(2)` shows `Value(data=2.0)` where micrograd keeps the int 2;
/// - `zip`, `map`, `filter`, `enumerate`, `reversed` and generator expressions compute their elements eagerly
///   (they are still consumed once, like iterators), except that `sum` of a generator whose element runs no
///   lesson code adds each element as it is made, as CPython does; `dict.keys()`/`values()`/`items()` return
///   lists;
/// - sets iterate in insertion order, and `Value._prev` is a list of the operands in order;
/// - `draw_dot(v)` emits a graph at the call and returns `None`; a plot is emitted at `plt.show()`,
///   `plt.figure()` or the end of the cell;
/// - containers nested more than 500 deep print as `...` instead of raising `RecursionError`;
/// - there is no file, network, process, clock or environment access: `open`, `eval`, `exec`, `__import__`
///   are undefined, and only `math`, `random`, `numpy` (float64, int64 and bool arrays; see `NumPyModule`),
///   `sklearn.datasets`, `matplotlib.pyplot` and `micrograd` can be imported.
public final class Session {
    /// The bounds every cell runs under.
    public let limits: Limits
    /// Always set while the session lives; optional only so `deinit` can hand it to a deep-stack thread.
    private var interpreter: Interpreter?

    /// A fresh session whose generator is seeded with `seed` (0 unless the notebook sets one).
    public init(seed: Int = 0, limits: Limits = Limits()) {
        self.limits = limits
        interpreter = Interpreter(seed: seed, limits: limits)
    }

    /// What the session's heap holds now and held at most, and how many collections ran (for tests).
    var heapCensus: (tracked: Int, largest: Int, youngCollections: Int, fullCollections: Int, suspectCollections: Int) {
        guard let heap = interpreter?.heap else { return (0, 0, 0, 0, 0) }
        return (heap.count, heap.largestCount, heap.youngCollections, heap.fullCollections, heap.suspectCollections)
    }

    /// Runs one cell's source and returns its outputs in order. `stepBudget` overrides `limits.steps` for
    /// this cell; `firstLine` is the cell's first line in its file, for messages that name a line (positions
    /// count from 1 in the cell either way). Errors never escape: an error that stops the cell is its last output.
    public func run(_ source: String, stepBudget: Int? = nil, firstLine: Int = 1) -> [Output] {
        guard let interpreter = self.interpreter else { return [] }
        let budget = max(0, stepBudget ?? limits.steps)
        let limits = self.limits
        let cleaned = Self.removingMagics(source)
        let display = !Self.endsWithSemicolon(cleaned)
        // Parsing recurses once per bracket level and running once per call, so both happen on a deep stack.
        return LargeStack.run {
            let program: Program
            do throws(Diagnostic) {
                program = try Parser.parse(cleaned, limits: limits, firstLine: firstLine)
            } catch {
                return [.error(error)]
            }
            return interpreter.execute(program, stepBudget: budget, display: display)
        }
    }

    deinit {
        // Everything the session made is freed, cycles included; on a deep stack, though freeing never recurses
        // with the depth of the data (see `Heap.releaseLater`).
        let holder = Holder(interpreter)
        interpreter = nil
        LargeStack.run { holder.release() }
    }

    /// Jupyter shows a cell's final expression unless the cell ends with `;`.
    static func endsWithSemicolon(_ source: String) -> Bool {
        let last = source.split(separator: "\n").last { !$0.allSatisfy(\.isWhitespace) } ?? ""
        return last.trimmingCharacters(in: .whitespaces).hasSuffix(";")
    }

    /// IPython's `%matplotlib inline` and `!pip install …` lines are not Python; they become blank lines, so
    /// positions in the rest of the cell stay right.
    static func removingMagics(_ source: String) -> String {
        guard source.contains("%") || source.contains("!") else { return source }
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        for i in lines.indices {
            let trimmed = lines[i].drop(while: { $0 == " " || $0 == "\t" })
            guard let first = trimmed.first else { continue }
            let second = trimmed.dropFirst().first
            if (first == "%" && (second?.isLetter ?? false || second == "%")) || (first == "!" && second != "=") {
                lines[i] = ""
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// Carries the session's state to the thread that releases it.
private final class Holder: @unchecked Sendable {
    private var interpreter: Interpreter?
    init(_ interpreter: Interpreter?) { self.interpreter = interpreter }
    func release() {
        interpreter?.tearDown()
        interpreter = nil
    }
}
