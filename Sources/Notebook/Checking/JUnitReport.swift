/// JUnit XML for CI servers, valid against the JUnit schema Jenkins uses (`junit-10.xsd` of the xUnit plugin):
/// one `<testsuite>` per lesson, one `<testcase>` per checked cell.
///
/// A mismatch is a `<failure>`; a cell that stopped with an unexpected error is an `<error>`, and so is a lesson
/// that could not be read (a suite with one `parse` case); a skipped cell is `<skipped/>`. Each case and suite
/// has `time=` in seconds, and each suite its `skipped` count; the root carries the totals the schema allows
/// there (`tests`, `failures`, `errors`, `time`: it defines no `skipped`). Every string is escaped, and
/// characters XML 1.0 forbids are replaced.
public enum JUnitReport {
    /// The XML document for `checks` (lessons that ran) and `errors` (lessons that could not be read).
    public static func xml(checks: [LessonCheck], errors: [LessonError]) -> String {
        var suites: [(path: String, body: String)] = []
        var totals = Totals()
        for check in checks {
            var cases = ""
            var suite = Totals()
            for verdict in check.verdicts {
                cases += testCase(verdict, in: check.run.document)
                suite.count(verdict)
            }
            totals.add(suite)
            let header = "  <testsuite name=\"\(escape(check.path))\" tests=\"\(suite.tests)\" failures=\"\(suite.failures)\" "
                + "errors=\"\(suite.errors)\" skipped=\"\(suite.skipped)\" time=\"\(seconds(suite.time))\">\n"
            suites.append((check.path, header + cases + "  </testsuite>\n"))
        }
        for error in errors {
            totals.tests += 1
            totals.errors += 1
            let body = "  <testsuite name=\"\(escape(error.path))\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\" time=\"0.000\">\n"
                + "    <testcase classname=\"\(escape(className(error.path)))\" name=\"parse\" time=\"0.000\">"
                + "<error message=\"invalid lesson\" type=\"LessonError\">\(escape(error.report))</error></testcase>\n"
                + "  </testsuite>\n"
            suites.append((error.path, body))
        }
        let ordered = suites.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }.map(\.body).joined()
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"gradbook check\" tests=\"\(totals.tests)\" failures=\"\(totals.failures)\" "
            + "errors=\"\(totals.errors)\" time=\"\(seconds(totals.time))\">\n"
            + ordered + "</testsuites>\n"
    }

    /// One `<testcase>` line.
    private static func testCase(_ verdict: CellVerdict, in document: Document) -> String {
        let cell = verdict.result.cell
        let name = document.format == .notebook ? cell.name : "\(cell.name) (line \(cell.fenceLine))"
        var text = "    <testcase classname=\"\(escape(className(document.path)))\" name=\"\(escape(name))\" "
            + "time=\"\(seconds(verdict.result.seconds))\">"
        switch verdict.status {
        case .passed:
            break
        case .skipped:
            text += "<skipped/>"
        case .unexpectedError(let diagnostic):
            let detail = CheckReport.describe(verdict, in: document, style: .plain)
            text += "<error message=\"\(escape(diagnostic.pythonStyle))\" type=\"\(escape(diagnostic.kind))\">\(escape(detail))</error>"
        case .mismatch, .missingExpected, .missingError:
            let detail = CheckReport.describe(verdict, in: document, style: .plain)
            text += "<failure message=\"\(escape(verdict.failureName))\" type=\"\(escape(verdict.failureName))\">\(escape(detail))</failure>"
        }
        return text + "</testcase>\n"
    }

    /// Counts of one suite, or of all.
    private struct Totals {
        var tests = 0
        var failures = 0
        var errors = 0
        var skipped = 0
        var time = 0.0

        /// Counts one case.
        mutating func count(_ verdict: CellVerdict) {
            tests += 1
            time += verdict.result.seconds
            switch verdict.status {
            case .passed: break
            case .skipped: skipped += 1
            case .unexpectedError: errors += 1
            case .mismatch, .missingExpected, .missingError: failures += 1
            }
        }

        /// Adds a suite's counts to the totals.
        mutating func add(_ suite: Totals) {
            tests += suite.tests
            failures += suite.failures
            errors += suite.errors
            skipped += suite.skipped
            time += suite.time
        }
    }

    /// Seconds with three decimals (`0.042`), as the schema's `SUREFIRE_TIME` allows.
    static func seconds(_ value: Double) -> String {
        let milliseconds = Int((max(0, value.isFinite ? value : 0) * 1000).rounded())
        let fraction = milliseconds % 1000
        return "\(milliseconds / 1000)." + String(repeating: "0", count: fraction < 10 ? 2 : fraction < 100 ? 1 : 0) + "\(fraction)"
    }

    /// A lesson's path as a dotted class name, which CI servers split into package and class:
    /// `Notebooks/04-a-neuron.md` → `Notebooks.04-a-neuron`.
    static func className(_ path: String) -> String {
        var components = path.split(separator: "/").filter { $0 != "." && !$0.isEmpty }.map(String.init)
        if let last = components.last, let dot = last.lastIndex(of: "."), dot != last.startIndex {
            components[components.count - 1] = String(last[..<dot])
        }
        return components.isEmpty ? path : components.joined(separator: ".")
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
