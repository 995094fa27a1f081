import Testing
@testable import Weave

@Suite struct ImageAssetsTests {
    @Test func localPathsAreCleaned() {
        #expect(ImageAssets.resolve("img/a.png") == .local("img/a.png"))
        #expect(ImageAssets.resolve("./img/../b%20c.png?x=1#top") == .local("b c.png"))
    }

    @Test func pathsLeavingTheFolderAreRefused() {
        #expect(ImageAssets.resolve("../x.png") == .refused("the image path '../x.png' leaves the lessons folder; nothing was copied"))
        #expect(ImageAssets.resolve("img/../../x.png") == .refused("the image path 'img/../../x.png' leaves the lessons folder; nothing was copied"))
        #expect(ImageAssets.resolve("/etc/passwd") == .refused("the image path '/etc/passwd' is absolute; use a path inside the lessons folder"))
        #expect(ImageAssets.resolve("%2e%2e/x.png") == .refused("the image path '%2e%2e/x.png' leaves the lessons folder; nothing was copied"))
    }

    @Test func webAddressesAreNotCopied() {
        #expect(ImageAssets.resolve("https://example.com/a.png") == .external)
        #expect(ImageAssets.resolve("//example.com/a.png") == .external)
        #expect(ImageAssets.resolve("data:image/png;base64,AAAA") == .external)
    }
}
