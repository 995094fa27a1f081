import Foundation
import Notebook
import Testing
@testable import Weave

/// Failures a whole render must notice: two lessons claiming one page, and a graph Graphviz refuses.
@Suite struct SiteFailureTests {
    @Test func twoLessonsWithOnePageNameRenderTheFirstAndRefuseTheSecond() throws {
        let root = try SiteTests.folder([
            "Notebooks/a/01-x.md": "# From a\n",
            "Notebooks/b/01-x.md": "# From b\n",
            "Notebooks/02-y.md": "# Y\n",
        ])
        let options = SiteOptions(inputs: [root + "/Notebooks"], outputDirectory: root + "/Output")
        let report = try Site(options: options).render()
        #expect(report.exitCode == 2)
        #expect(report.invalidLessons.map(\.report) == [
            "\(root)/Notebooks/b/01-x.md:1:1: error: LessonError: its page 01-x.html would overwrite the page of "
                + "\(root)/Notebooks/a/01-x.md; give one of them another file name"
        ])
        #expect(SiteTests.read(root + "/Output/01-x.html")?.contains("From a") == true)
        #expect(SiteTests.read(root + "/Output/02-y.html")?.contains("<h1") == true)
        let index = try #require(SiteTests.read(root + "/Output/index.html"))
        #expect(index.components(separatedBy: "href=\"01-x.html\"").count == 2, "the page is listed once")
    }

    @Test func aGraphGraphvizRefusesFailsTheRender() throws {
        let root = try SiteTests.folder([
            "Notebooks/01-g.md": "# G\n\n```micrograd\ndraw_dot(Value(1.0))\n```\n"
        ])
        let refusing = GraphCache { _ throws(GraphvizError) in throw GraphvizError(message: "out of memory") }
        let options = SiteOptions(inputs: [root + "/Notebooks"], outputDirectory: root + "/Output")
        let report = try Site(options: options, graphCache: refusing).render()
        #expect(report.exitCode == 1)
        #expect(report.diagnostics.map(\.formatted) == [
            "\(root)/Notebooks/01-g.md:3:1: error: GraphvizError: Graphviz: out of memory"
        ])
        #expect(SiteTests.read(root + "/Output/01-g.html")?.contains("out of memory") == true)
    }
}
