import Foundation
import MicrogradScript
import Notebook
import Testing
@testable import Weave

@Suite struct SiteMessagesTests {
    @Test func everyProblemIsQuotedWithItsLineAndCaretInFileOrder() throws {
        let root = try SiteTests.folder([
            "L/01-a.md": "# A\n\nMath $\\frob x$ here.\n\n```micrograd\ny = 1\nprint(y + x3)\n```\n\n![i](../x.png)\n",
            "L/02-b.md": "# B\n\n```micrograd\n1 / 0\n```\n",
        ])
        let report = try Site(options: SiteOptions(inputs: [root + "/L"], outputDirectory: root + "/Out")).render()
        #expect(report.exitCode == 1)
        #expect(
            report.messages == [
                "\(root)/L/01-a.md:3:6: warning: MathWarning: unsupported TeX command \\frob\n    Math $\\frob x$ here.\n         ^",
                "\(root)/L/01-a.md:7:11: error: NameError: name 'x3' is not defined\n    print(y + x3)\n              ^",
                "\(root)/L/01-a.md:10:1: warning: ImageWarning: the image path '../x.png' leaves the lessons folder; "
                    + "nothing was copied\n    ![i](../x.png)\n    ^",
                "\(root)/L/02-b.md:4:1: error: ZeroDivisionError: division by zero\n    1 / 0\n    ^",
            ])
    }
}
