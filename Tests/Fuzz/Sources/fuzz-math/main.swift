// Fuzzes the TeX-to-MathML converter. Property: any TeX, inline or display, converts without crashing into
// well-formed MathML (every tag closed, `<` and `&` escaped), wrapped in exactly one <math> element.
// The input is the TeX itself; an odd length converts it as display math.
import FuzzSupport
import Weave

FuzzDriver.run { bytes in
    let tex = bytes.text
    let display = bytes.count % 2 == 1
    let result = MathConverter.convert(tex, display: display)
    let opening = display
        ? "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">"
        : "<math xmlns=\"http://www.w3.org/1998/Math/MathML\">"
    FuzzDriver.require(result.mathML.hasPrefix(opening) && result.mathML.hasSuffix("</math>"), "not one <math> element")
    FuzzDriver.require(
        result.mathML.occurrences(of: "<math") == 1, "a <math> element inside the formula")
    if let problem = MarkupShape.problem(in: result.mathML) {
        FuzzDriver.require(false, "ill-formed MathML: \(problem)\n\(result.mathML)")
    }
}
