import Testing
@testable import Micrograd

/// `choice` along its four paths against numpy 1.26.4 (Fixtures/numpy_random.json).
@Suite struct NumPyChoiceTests {
    static let seeds = NumPyRandomStateTests.seeds

    @Test(arguments: seeds) func choice(seed: Int) throws {
        let expected = try NumPyFixtures.seedCase(seed)
        #expect(expected.choice.count == 21)
        for call in expected.choice {
            var state = try NumPyRandomState(seed: seed)
            let population: ChoicePopulation
            let elements: [Int]?
            switch call.a {
            case .integer(let n):
                population = .range(n)
                elements = nil
            case .list(let list):
                population = .elements(count: list.count)
                elements = list
            }
            let chosen = try state.choice(
                population, shape: call.size?.dimensions, replace: call.replace, p: call.p.map(doubles))
            let values = elements.map { list in chosen.map { list[$0] } } ?? chosen
            #expect(values == call.values, "\(call.name)")
            #expect(bitPatterns(nextThree(&state)) == bitPatterns(doubles(call.after)), "\(call.name) after")
        }
    }

    /// Weighted choice without replacement never repeats and never picks a zero weight.
    @Test func weightedWithoutReplacementIsDistinct() throws {
        var state = try NumPyRandomState(seed: 31)
        for _ in 0..<50 {
            let picked = try state.choice(
                .range(6), shape: [4], replace: false, p: [0.5, 0.0, 0.2, 0.0, 0.2, 0.1])
            #expect(Set(picked).count == 4)
            #expect(!picked.contains(1) && !picked.contains(3))
        }
    }

    @Test func kahanSumStartsFromTheFirstElement() {
        #expect(ProbabilityTable.kahanSum([]) == 0)
        #expect(ProbabilityTable.kahanSum([0.1, 0.2, 0.3]) == 0.6)
        #expect(ProbabilityTable.kahanSum(Array(repeating: 0.1, count: 10)) == 1.0)
    }

    @Test func searchSortedRightCountsEntriesAtMost() {
        let cdf = [0.25, 0.5, 0.5, 1.0]
        #expect(ProbabilityTable.searchSortedRight(cdf, 0.0) == 0)
        #expect(ProbabilityTable.searchSortedRight(cdf, 0.25) == 1)
        #expect(ProbabilityTable.searchSortedRight(cdf, 0.5) == 3)
        #expect(ProbabilityTable.searchSortedRight(cdf, 0.99) == 3)
    }
}
