import Foundation
import Notebook
import Testing
@testable import Weave

@Suite struct ImageLinkTests {
    @Test func aSymbolicLinkOutOfTheLessonsFolderIsRefused() throws {
        let root = try SiteTests.folder([
            "L/01-a.md": "# A\n\n![in](img/ok.png) ![out](secrets/key.png)\n",
            "L/img/ok.png": "OK",
            "outside/key.png": "SECRET",
        ])
        try FileManager.default.createSymbolicLink(atPath: root + "/L/secrets", withDestinationPath: root + "/outside")
        let report = try Site(options: SiteOptions(inputs: [root + "/L"], outputDirectory: root + "/Out")).render()
        #expect(SiteTests.read(root + "/Out/img/ok.png") == "OK")
        #expect(!FileManager.default.fileExists(atPath: root + "/Out/secrets/key.png"))
        #expect(report.diagnostics.map(\.formatted) == [
            "\(root)/L/01-a.md:3:19: warning: ImageWarning: the image path 'secrets/key.png' leads out of the lessons "
                + "folder through a link; nothing was copied"
        ])
    }
}
