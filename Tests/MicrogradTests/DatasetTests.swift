import Foundation
import Testing
@testable import Micrograd

/// `Datasets` against the Python mirror in Fixtures/make_fixtures.py (Fixtures/moons.json), bit for bit.
@Suite struct DatasetTests {
    struct Fixture: Decodable { let cases: [Moons] }
    struct Moons: Decodable {
        let n: Int
        let noise: Double
        let seed: Int
        let points: [[Double]]
        let labels: [Int]
    }

    @Test func moonsMatchThePythonMirror() throws {
        let fixture = try FixtureFile.load("moons", as: Fixture.self)
        #expect(fixture.cases.count == 4)
        for expected in fixture.cases {
            let moons = Datasets.makeMoons(n: expected.n, noise: expected.noise, seed: expected.seed)
            #expect(moons.labels == expected.labels, "labels of n=\(expected.n) seed=\(expected.seed)")
            #expect(
                moons.points.map(bitPatterns) == expected.points.map(bitPatterns),
                "points of n=\(expected.n) seed=\(expected.seed)")
        }
    }

    @Test func moonsHaveHalfOuterAndHalfInnerPoints() {
        let odd = Datasets.makeMoons(n: 7, noise: 0.1, seed: 3)
        #expect(odd.points.count == 7)
        #expect(odd.labels.filter { $0 == 0 }.count == 3)
        #expect(odd.labels.filter { $0 == 1 }.count == 4)
        #expect(odd.points.allSatisfy { $0.count == 2 })
    }

    /// Without noise the points lie exactly on the two half circles (in shuffled order).
    @Test func noiselessMoonsLieOnTheHalfCircles() {
        let moons = Datasets.makeMoons(n: 6, noise: 0, seed: 0)
        let outer = zip(moons.points, moons.labels).filter { $0.1 == 0 }.map(\.0)
        let inner = zip(moons.points, moons.labels).filter { $0.1 == 1 }.map(\.0)
        #expect(outer.contains([1.0, 0.0]))
        #expect(outer.contains([-1.0, 1.2246467991473532e-16]))
        #expect(inner.contains([0.0, 0.5]))
        #expect(inner.contains([2.0, 0.4999999999999999]))
        for point in outer { #expect(abs(point[0] * point[0] + point[1] * point[1] - 1) < 1e-15) }
    }

    @Test func moonsOfNothing() {
        #expect(Datasets.makeMoons(n: 0, noise: 0.1, seed: 1).points.isEmpty)
        #expect(Datasets.makeMoons(n: -3, noise: 0.1, seed: 1).labels.isEmpty)
    }

    @Test func linspaceFollowsNumPy() {
        #expect(Datasets.linspace(0, 1, count: 5) == [0, 0.25, 0.5, 0.75, 1])
        #expect(Datasets.linspace(2, 3, count: 1) == [2])
        #expect(Datasets.linspace(2, 3, count: 0) == [])
        #expect(Datasets.linspace(0, Double.pi, count: 3) == [0, Double.pi / 2, Double.pi])
        // 0.1 * 3 + 0 is 0.30000000000000004 in numpy too; only the last point is pinned to stop.
        #expect(Datasets.linspace(0, 1, count: 11)[3] == 0.30000000000000004)
        #expect(Datasets.linspace(0, 1, count: 11)[10] == 1)
    }

    @Test func toyIsTheLecturesFourExamples() {
        #expect(Datasets.toy.xs == [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]])
        #expect(Datasets.toy.ys == [1.0, -1.0, -1.0, 1.0])
    }
}
