import Testing
@testable import Weave

@Suite struct GraphCacheTests {
    @Test func aGraphIsLaidOutOncePerDistinctText() throws {
        let cache = GraphCache { dot throws(GraphvizError) in "<svg>\(dot)</svg>" }
        #expect(try cache.svg(forDOT: "a") == "<svg>a</svg>")
        #expect(try cache.svg(forDOT: "a") == "<svg>a</svg>")
        #expect(try cache.svg(forDOT: "b") == "<svg>b</svg>")
        #expect(cache.count == 2)
    }

    /// FNV-1a can be made to collide on purpose; a collision costs a layout, never the wrong picture.
    @Test func twoTextsWithOneKeyEachGetTheirOwnPicture() throws {
        let cache = GraphCache(layout: { dot throws(GraphvizError) in "<svg>\(dot)</svg>" }, key: { _ in "same" })
        #expect(try cache.svg(forDOT: "first") == "<svg>first</svg>")
        #expect(try cache.svg(forDOT: "second") == "<svg>second</svg>")
        #expect(try cache.svg(forDOT: "first") == "<svg>first</svg>")
    }
}
