import Testing
@testable import Micrograd

/// `randint`, `permutation` and `shuffle` against numpy 1.26.4 (Fixtures/numpy_random.json): the values, and the
/// three draws after each call, which show it consumed exactly numpy's words.
@Suite struct NumPyRandomIntegerTests {
    static let seeds = NumPyRandomStateTests.seeds

    /// Every range path: width 0 (no draws), masked 32-bit words, the full 32-bit width (no mask), masked 64-bit
    /// words, the widest int64 range, `randint(low)`, an empty size that skips the bounds check, and scalars.
    @Test(arguments: seeds) func randint(seed: Int) throws {
        let expected = try NumPyFixtures.seedCase(seed)
        #expect(expected.randint.count == 16)
        for call in expected.randint {
            var state = try NumPyRandomState(seed: seed)
            let values: [Int]
            if let size = call.size {
                values = try state.randint(call.low, call.high, shape: size.dimensions)
            } else {
                values = try (0..<5).map { _ in try state.randint(call.low, call.high) }
            }
            let label = "randint(\(call.low), \(String(describing: call.high)))"
            #expect(values == call.values, "\(label)")
            #expect(bitPatterns(nextThree(&state)) == bitPatterns(doubles(call.after)), "\(label) after")
        }
    }

    @Test func widestRangeStaysInInt64() throws {
        var state = try NumPyRandomState(seed: 5)
        let values = try state.randint(Int.min, Int.max, shape: [200])
        #expect(values.allSatisfy { $0 < Int.max })
        #expect(values.contains { $0 < 0 } && values.contains { $0 > 0 })
    }

    @Test func singleValueRangeDrawsNothing() throws {
        var state = try NumPyRandomState(seed: 1)
        var reference = try NumPyRandomState(seed: 1)
        #expect(try state.randint(-7, -6) == -7)
        #expect(try state.randint(Int.max - 1, Int.max, shape: [3]) == [Int.max - 1, Int.max - 1, Int.max - 1])
        #expect(state.randomSample() == reference.randomSample())
    }

    @Test(arguments: seeds) func permutation(seed: Int) throws {
        let expected = try NumPyFixtures.seedCase(seed)
        var state = try NumPyRandomState(seed: seed)
        #expect(state.permutation(10) == expected.permutation10)
        #expect(bitPatterns(nextThree(&state)) == bitPatterns(doubles(expected.permutation10After)))

        var small = try NumPyRandomState(seed: seed)
        #expect([small.permutation(1), small.permutation(0), small.permutation(-3)] == expected.permutationSmall)
        #expect(bitPatterns(nextThree(&small)) == bitPatterns(doubles(expected.permutationSmallAfter)))

        var list = try NumPyRandomState(seed: seed)
        #expect(list.permutation([10, 20, 30, 40, 50, 60, 70]) == expected.permutationList)

        var rows = try NumPyRandomState(seed: seed)
        #expect(rows.permutation(rows: Array(0..<12), rowCount: 4) == expected.permutationRows4By3)
    }

    /// `permutation` of a `(3, 0)` array shuffles an index array (three draws' worth); `shuffle` of it returns at
    /// once.
    @Test(arguments: seeds) func emptyRows(seed: Int) throws {
        let expected = try NumPyFixtures.seedCase(seed)
        var permuted = try NumPyRandomState(seed: seed)
        let empty: [Double] = []
        #expect(permuted.permutation(rows: empty, rowCount: 3).isEmpty)
        #expect(bitPatterns(nextThree(&permuted)) == bitPatterns(doubles(expected.permutationEmptyRowsAfter)))
        var shuffled = try NumPyRandomState(seed: seed)
        var rows = empty
        shuffled.shuffle(rows: &rows, rowCount: 3)
        #expect(bitPatterns(nextThree(&shuffled)) == bitPatterns(doubles(expected.shuffleEmptyRowsAfter)))
        #expect(expected.permutationEmptyRowsAfter != expected.shuffleEmptyRowsAfter)
    }

    @Test(arguments: seeds) func shuffle(seed: Int) throws {
        let expected = try NumPyFixtures.seedCase(seed)
        var rowsState = try NumPyRandomState(seed: seed)
        var rows = Array(0..<12)
        rowsState.shuffle(rows: &rows, rowCount: 6)
        #expect(rows == expected.shuffleRows6By2)
        for pair in stride(from: 0, to: 12, by: 2) { #expect(rows[pair + 1] == rows[pair] + 1, "rows move whole") }

        var listState = try NumPyRandomState(seed: seed)
        var deck = Array(0..<20)
        listState.shuffle(&deck)
        #expect(deck == expected.shuffleList20)
        #expect(bitPatterns(nextThree(&listState)) == bitPatterns(doubles(expected.shuffleList20After)))
    }

    @Test func permutationOfAnArrayIsACopy() throws {
        var state = try NumPyRandomState(seed: 0)
        let original = ["a", "b", "c", "d"]
        let permuted = state.permutation(original)
        #expect(original == ["a", "b", "c", "d"])
        #expect(permuted.sorted() == original)
    }

    @Test func masksCoverTheirRange() {
        #expect(NumPyRandomState.mask(covering: 0) == 0)
        #expect(NumPyRandomState.mask(covering: 1) == 1)
        #expect(NumPyRandomState.mask(covering: 9) == 15)
        #expect(NumPyRandomState.mask(covering: 0xFFFF_FFFF) == 0xFFFF_FFFF)
        #expect(NumPyRandomState.mask(covering: 1 << 40) == (1 << 41) - 1)
        #expect(NumPyRandomState.mask(covering: UInt64.max - 1) == UInt64.max)
    }
}
