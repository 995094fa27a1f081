/// The words of progress output, kept apart from the reporter so tests can state them literally.
public enum ProgressLine {
    /// What the live line shows about one lesson in flight.
    public struct Activity: Equatable, Sendable {
        /// The lesson's path.
        public var path: String
        /// The cell running, from 1 (0 before the first cell).
        public var cell: Int
        /// The lesson's number of cells.
        public var cells: Int

        /// Makes an activity.
        public init(path: String, cell: Int = 0, cells: Int = 0) {
            self.path = path
            self.cell = cell
            self.cells = cells
        }
    }

    /// `[3/9] rendering 04-a-neuron.md · cell 5/9 (+1 more) · 1.2 s`, cut to `width` characters.
    public static func live(
        verb: String, done: Int, total: Int, activities: [Activity], seconds: Double, width: Int
    ) -> String {
        var line = "[\(done)/\(total)] "
        if let first = activities.first {
            line += "\(verb) \(fileName(first.path))"
            if first.cells > 0, first.cell > 0 { line += " · cell \(first.cell)/\(first.cells)" }
            if activities.count > 1 { line += " (+\(activities.count - 1) more)" }
        } else {
            line += verb
        }
        line += " · " + elapsed(seconds)
        let room = max(8, width - 1)
        return line.count <= room ? line : String(line.prefix(room - 1)) + "…"
    }

    /// `1.24 s`, or `87 ms` under a second.
    public static func elapsed(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "0 ms" }
        if seconds < 1 { return "\(Int((seconds * 1000).rounded())) ms" }
        let hundredths = Int((seconds * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction) s"
    }

    /// `12 cells`, `1 cell`.
    public static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// The summary both commands end with: `checked 9 lessons, 62 cells, 0 failures in 1.42 s`, with any
    /// `detail` in brackets after the lessons (`(1 re-run, 8 up to date)`).
    public static func summary(
        verb: String, lessons: Int, detail: String? = nil, cells: Int, failures: Int, seconds: Double
    ) -> String {
        var line = "\(verb) \(count(lessons, "lesson"))"
        if let detail { line += " (\(detail))" }
        return line + ", \(count(cells, "cell")), \(count(failures, "failure")) in \(elapsed(seconds))"
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
