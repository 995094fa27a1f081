/// JUnit XML for CI dashboards: one `<testsuite>` per lesson, one `<testcase>` per cell.
///
/// Skipped cells are `<skipped/>`; failures carry the diff or the error. A lesson that could not be parsed
/// is a suite with one `<error>` case. Every string is escaped, and characters XML 1.0 forbids are replaced.
public enum JUnitReport {
    /// The XML document for `checks` (lessons that ran) and `errors` (lessons that could not be read).
    public static func xml(checks: [LessonCheck], errors: [LessonError]) -> String {
        var suites: [(path: String, body: String)] = []
        var totalTests = 0
        var totalFailures = 0
        var totalErrors = 0
        for check in checks {
            var cases = ""
            for verdict in check.verdicts {
                let name = "cell \(verdict.result.cell.index + 1) (line \(verdict.result.cell.fenceLine))"
                cases += "    <testcase classname=\"\(escape(check.path))\" name=\"\(escape(name))\">"
                switch verdict.status {
                case .passed:
                    break
                case .skipped:
                    cases += "<skipped/>"
                default:
                    let detail = CheckReport.describe(verdict, source: check.run.document.source, style: .plain)
                    cases += "<failure message=\"\(escape(verdict.failureName))\">\(escape(detail))</failure>"
                }
                cases += "</testcase>\n"
            }
            let failures = check.failures.count
            let skipped = check.verdicts.filter { $0.status == .skipped }.count
            totalTests += check.verdicts.count
            totalFailures += failures
            let header = "  <testsuite name=\"\(escape(check.path))\" tests=\"\(check.verdicts.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\">\n"
            suites.append((check.path, header + cases + "  </testsuite>\n"))
        }
        for error in errors {
            totalTests += 1
            totalErrors += 1
            let body = "  <testsuite name=\"\(escape(error.path))\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n"
                + "    <testcase classname=\"\(escape(error.path))\" name=\"parse\"><error message=\"invalid lesson\">\(escape(error.report))</error></testcase>\n"
                + "  </testsuite>\n"
            suites.append((error.path, body))
        }
        let ordered = suites.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }.map(\.body).joined()
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"gradbook check\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"\(totalErrors)\">\n"
            + ordered + "</testsuites>\n"
    }

    /// Escapes `& < > " '` and replaces characters XML 1.0 cannot hold (most control characters) with U+FFFD.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                let allowed = (value >= 0x20 && value <= 0xD7FF) || (value >= 0xE000 && value <= 0xFFFD) || value >= 0x10000
                escaped.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return escaped
    }
}
