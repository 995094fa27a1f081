// Fuzzes the lesson parser: bytes, front matter (Yams), Markdown (cmark), fences, cells and their options.
// Properties: any bytes parse to a document or to diagnostics that point inside the file; every prose block
// renders (math included); and `check --update`'s rewrite round-trips: writing new outputs under the cells
// gives a lesson that parses to the same cells, each expecting exactly the text written.
//
// Input: the lesson file's bytes.
import FuzzSupport
import MicrogradScript
import Notebook
import Weave

let path = "Notebooks/fuzz.md"

FuzzDriver.run { bytes in
    let document: Document
    do throws(LessonError) {
        document = try LessonParser.parse(bytes: Array(bytes), path: path)
    } catch {
        let lineCount = bytes.text.lineCount
        FuzzDriver.require(!error.diagnostics.isEmpty, "a lesson error without a diagnostic")
        for diagnostic in error.diagnostics {
            FuzzDriver.require(
                diagnostic.line >= 1 && diagnostic.line <= lineCount + 1 && diagnostic.column >= 1,
                "\(diagnostic.formatted) is outside the file of \(lineCount) lines")
        }
        _ = error.report
        return
    }
    _ = document.title
    var ids = Set<String>()
    for block in document.blocks {
        guard case .prose(let prose) = block else { continue }
        _ = ProseRenderer(safe: bytes.count % 2 == 0).render(prose, path: path, takenIDs: &ids)
    }
    checkUpdateRoundTrip(document)
}
