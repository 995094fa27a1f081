import Foundation
import Testing
@testable import Preview

@Suite struct OutputPathTests {
    static func root() throws -> String {
        let root = NSTemporaryDirectory() + "gradbook-outputpath-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/Output/img", withIntermediateDirectories: true)
        for file in ["Output/index.html", "Output/a.html", "Output/img/x.png", "secret.txt"] {
            try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/" + file))
        }
        try FileManager.default.createSymbolicLink(atPath: root + "/Output/link.txt", withDestinationPath: root + "/secret.txt")
        return root
    }

    @Test func mapsPathsInsideTheFolder() throws {
        let root = try Self.root()
        let output = URL(fileURLWithPath: root + "/Output").resolvingSymlinksInPath().path
        #expect(OutputPath.resolve("/", in: root + "/Output") == .success(output + "/index.html"))
        #expect(OutputPath.resolve("/a.html", in: root + "/Output") == .success(output + "/a.html"))
        #expect(OutputPath.resolve("/img/x.png", in: root + "/Output") == .success(output + "/img/x.png"))
        #expect(OutputPath.resolve("/./img/%78.png", in: root + "/Output") == .success(output + "/img/x.png"))
        #expect(OutputPath.resolve("/b.html", in: root + "/Output") == .failure(.notFound))
        #expect(OutputPath.resolve("/img", in: root + "/Output") == .failure(.notFound))
    }

    @Test func refusesEverythingThatCouldLeaveIt() throws {
        let root = try Self.root()
        for path in [
            "/../secret.txt", "/img/../a.html", "/%2e%2e/secret.txt", "/..%2Fsecret.txt", "/.cache/a.json",
            "/a\\..\\secret.txt", "/a%00.html", "/link.txt", "/%zz",
        ] {
            #expect(OutputPath.resolve(path, in: root + "/Output") == .failure(.forbidden), "\(path)")
        }
    }

    @Test func contentTypesByExtension() {
        #expect(OutputPath.contentType(of: "a.HTML") == "text/html; charset=utf-8")
        #expect(OutputPath.contentType(of: "img/x.svg") == "image/svg+xml")
        #expect(OutputPath.contentType(of: "data.bin") == "application/octet-stream")
    }

    @Test func theReloadScriptGoesBeforeTheLastBodyEnd() {
        let page = "<html><body><p>&lt;/body&gt;</p></body></html>"
        let injected = ReloadScript.inject(into: page)
        #expect(injected.hasPrefix("<html><body><p>&lt;/body&gt;</p><script data-gradbook-preview>"))
        #expect(injected.hasSuffix("</script>\n</body></html>"))
        #expect(ReloadScript.inject(into: "<p>no body</p>") == "<p>no body</p>" + ReloadScript.element)
    }

    @Test func reloadEventsListThePages() {
        #expect(ReloadEvents.event(["02-two.html", "index.html"]) == "data: 02-two.html\ndata: index.html\n\n")
        #expect(ReloadEvents.event(["bad\nname.html"]) == "data: badname.html\n\n")
        #expect(ReloadEvents.event([]) == nil)
    }
}
