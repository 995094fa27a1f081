import Testing

@testable import Notebook

@Suite struct ParallelMapTests {
    @Test func keepsInputOrder() {
        #expect(ParallelMap.map(Array(0..<100)) { $0 * $0 } == (0..<100).map { $0 * $0 })
        #expect(ParallelMap.map([Int]()) { $0 } == [])
    }

    @Test func anyNumberOfJobsKeepsInputOrderAndPassesPositions() {
        for jobs in [1, 2, 7, 10_000] {
            #expect(ParallelMap.map(Array(0..<50), jobs: jobs) { $0 + 1 } == Array(1...50), "jobs \(jobs)")
        }
        #expect(ParallelMap.map(["a", "b", "c"], jobs: 2) { index, text in "\(index)\(text)" } == ["0a", "1b", "2c"])
    }

    @Test func workersHaveRoomForDeepRecursion() {
        @Sendable func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }
        #expect(ParallelMap.map([50_000, 60_000]) { depth($0) } == [50_000, 60_000])
    }
}
