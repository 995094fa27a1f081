extension UnifiedDiff {
    /// A run of changes with its surrounding context and its `@@ -a,b +c,d @@` header.
    struct Hunk {
        var header: String
        var edits: [Edit]
    }

    /// Groups an edit script into hunks, merging changes less than `2 * context` lines apart; line numbers in
    /// the headers start at `firstLine`.
    static func hunks(_ edits: [Edit], context: Int, firstLine: Int = 1) -> [Hunk] {
        let changed = edits.indices.filter { if case .same = edits[$0] { false } else { true } }
        guard let first = changed.first else { return [] }
        var ranges: [ClosedRange<Int>] = []
        var start = max(0, first - context)
        var end = min(edits.count - 1, first + context)
        for index in changed.dropFirst() {
            if index - context <= end + 1 {
                end = min(edits.count - 1, index + context)
            } else {
                ranges.append(start...end)
                start = max(0, index - context)
                end = min(edits.count - 1, index + context)
            }
        }
        ranges.append(start...end)
        return ranges.map { range in
            var oldStart = firstLine
            var newStart = firstLine
            for edit in edits[..<range.lowerBound] {
                switch edit {
                case .same: oldStart += 1; newStart += 1
                case .removed: oldStart += 1
                case .added: newStart += 1
                }
            }
            let slice = Array(edits[range])
            let oldCount = slice.filter { if case .added = $0 { false } else { true } }.count
            let newCount = slice.filter { if case .removed = $0 { false } else { true } }.count
            let header = "@@ -\(position(oldStart, oldCount)) +\(position(newStart, newCount)) @@"
            return Hunk(header: header, edits: slice)
        }
    }

    /// `diff -u`'s range notation: an empty range names the line before it.
    private static func position(_ start: Int, _ count: Int) -> String {
        switch count {
        case 0: "\(start - 1),0"
        case 1: "\(start)"
        default: "\(start),\(count)"
        }
    }
}
