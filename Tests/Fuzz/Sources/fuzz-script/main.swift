// Fuzzes the cell language: parser, interpreter and built-ins, under small budgets so that every input ends
// quickly. Property: any source runs to completion (an error is an output, never a crash or a hang), each
// error points inside its cell, and every output renders as plain text and as HTML (plots as SVG, graphs
// through Graphviz).
//
// Input: the cells of one session, separated by lines holding only `#%%`, run in order and sharing names.
import FuzzSupport
import MicrogradScript
import Notebook
import Weave

/// Small bounds: a runaway input spends at most a few milliseconds before its limit stops it.
let limits = Limits(
    steps: 20_000, recursionDepth: 60, nestingDepth: 60, outputCharacters: 20_000, engineValues: 20_000,
    collectionElements: 20_000)

FuzzDriver.run { bytes in
    let cells = bytes.text.components(separatedByLine: "#%%")
    let session = Session(seed: 0, limits: limits)
    let outputs = OutputHTML(graphs: GraphFigure(nodeLimit: 30, cache: GraphCache()))
    for cell in cells {
        let lineCount = cell.lineCount
        for output in session.run(cell) {
            _ = output.plainText
            _ = outputs.render(output, file: "fuzz.md")
            guard case .error(let diagnostic) = output else { continue }
            FuzzDriver.require(
                diagnostic.line >= 1 && diagnostic.line <= lineCount + 1 && diagnostic.column >= 1,
                "\(diagnostic.formatted) is outside its cell of \(lineCount) lines")
            _ = DiagnosticQuote.render(diagnostic, source: cell)
        }
    }
}
