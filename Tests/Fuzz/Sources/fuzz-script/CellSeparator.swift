extension String {
    /// The text split at lines that hold exactly `separator`.
    func components(separatedByLine separator: String) -> [String] {
        var parts: [String] = []
        var current: [Substring] = []
        for line in split(separator: "\n", omittingEmptySubsequences: false) {
            if line == separator {
                parts.append(current.joined(separator: "\n"))
                current = []
            } else {
                current.append(line)
            }
        }
        parts.append(current.joined(separator: "\n"))
        return parts
    }
}
