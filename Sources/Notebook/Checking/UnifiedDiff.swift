/// A unified diff of two texts, line by line, as `diff -u` prints it.
///
/// ```
/// --- expected
/// +++ actual
/// @@ -1,2 +1,2 @@
///  Value(data=4.0)
/// -Value(data=-8.0)
/// +Value(data=-6.0)
/// ```
/// Finds a longest common subsequence of lines after trimming the common head and tail. Very large middles
/// (more than `maximumCells` line pairs) are shown as a whole replacement instead, to bound time and memory.
public enum UnifiedDiff {
    /// The most line pairs the LCS table may hold.
    static let maximumCells = 4_000_000

    /// One line of the edit script.
    enum Edit: Equatable {
        case same(Substring), removed(Substring), added(Substring)
    }

    /// The diff of `expected` and `actual` with `context` lines around each change; "" when they are equal.
    ///
    /// Hunk headers count from `firstLine` on both sides, so a diff of an output block can name file lines.
    /// Lines are the same when `equivalent` says so (by default, when they are equal): a check passes its
    /// tolerance, so that lines whose numbers agree within it show as context, not as changes.
    public static func make(
        expected: String, actual: String, expectedLabel: String = "expected", actualLabel: String = "actual",
        context: Int = 3, firstLine: Int = 1, style: ConsoleStyle = .plain,
        equivalent: (Substring, Substring) -> Bool = { $0 == $1 }
    ) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let edits = script(old, new, equivalent: equivalent)
        guard edits.contains(where: { if case .same = $0 { false } else { true } }) else { return "" }
        var lines = [style.removed("--- \(expectedLabel)"), style.added("+++ \(actualLabel)")]
        for hunk in hunks(edits, context: context, firstLine: firstLine) {
            lines.append(style.hunk(hunk.header))
            for edit in hunk.edits {
                switch edit {
                case .same(let line): lines.append(" \(line)")
                case .removed(let line): lines.append(style.removed("-\(line)"))
                case .added(let line): lines.append(style.added("+\(line)"))
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The edit script turning `old` into `new`; lines kept as `.same` are those of `old`.
    static func script(
        _ old: [Substring], _ new: [Substring], equivalent: (Substring, Substring) -> Bool = { $0 == $1 }
    ) -> [Edit] {
        var head = 0
        while head < old.count, head < new.count, equivalent(old[head], new[head]) { head += 1 }
        var tail = 0
        while tail < old.count - head, tail < new.count - head,
            equivalent(old[old.count - 1 - tail], new[new.count - 1 - tail])
        {
            tail += 1
        }
        let oldMiddle = Array(old[head..<(old.count - tail)])
        let newMiddle = Array(new[head..<(new.count - tail)])
        var edits = old[..<head].map(Edit.same)
        if oldMiddle.count * newMiddle.count > maximumCells {
            edits += oldMiddle.map(Edit.removed) + newMiddle.map(Edit.added)
        } else {
            edits += commonSubsequenceEdits(oldMiddle, newMiddle, equivalent: equivalent)
        }
        edits += old[(old.count - tail)...].map(Edit.same)
        return edits
    }

    private static func commonSubsequenceEdits(
        _ old: [Substring], _ new: [Substring], equivalent: (Substring, Substring) -> Bool
    ) -> [Edit] {
        let width = new.count + 1
        // lengths[i * width + j]: LCS length of old[i...] and new[j...].
        var lengths = [Int32](repeating: 0, count: (old.count + 1) * width)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                lengths[i * width + j] =
                    equivalent(old[i], new[j])
                    ? lengths[(i + 1) * width + j + 1] + 1
                    : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, equivalent(old[i], new[j]) {
                edits.append(.same(old[i]))
                i += 1
                j += 1
            } else if i < old.count, j == new.count || lengths[(i + 1) * width + j] >= lengths[i * width + j + 1] {
                edits.append(.removed(old[i]))
                i += 1
            } else {
                edits.append(.added(new[j]))
                j += 1
            }
        }
        return edits
    }
}
