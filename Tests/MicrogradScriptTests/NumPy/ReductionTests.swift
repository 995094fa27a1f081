import Testing

@testable import MicrogradScript

/// Reductions with `axis` (None, 0, 1, negative, several) and `keepdims`, their dtypes, and numpy's errors. Expected
/// outputs are numpy 1.26.4's reprs.
@Suite struct ReductionTests {
    private func matrix() throws -> NDArray { try NDArray.arange(stop: .float64(12)).reshape([3, 4]) }

    @Test func reductionsAlongAxes() throws {
        let x = try matrix()
        #expect(try x.sum(axis: [0]).repr == "array([12., 15., 18., 21.])")
        #expect(try x.sum(axis: [1], keepdims: true).repr == "array([[ 6.],\n       [22.],\n       [38.]])")
        #expect(try x.sum().repr == "66.0")
        #expect(try x.sum(axis: [0, 1]).repr == "66.0")
        #expect(try x.mean(axis: [-1]).repr == "array([1.5, 5.5, 9.5])")
        #expect(try x.max(axis: [0]).repr == "array([ 8.,  9., 10., 11.])")
        #expect(try x.min().repr == "0.0")
        #expect(try x.argmax(axis: 1).repr == "array([3, 3, 3])")
        #expect(try x.argmin().repr == "0")
        #expect(try x.std(axis: [0], ddof: 1).repr == "array([4., 4., 4., 4.])")
        #expect(try x.cumsum(axis: 1).repr == """
            array([[ 0.,  1.,  3.,  6.],
                   [ 4.,  9., 15., 22.],
                   [ 8., 17., 27., 38.]])
            """)
        #expect(try x.prod(axis: [1]).repr == "array([   0.,  840., 7920.])")
        #expect(try x.any(axis: [0]).repr == "array([ True,  True,  True,  True])")
        let large = try NumPy.apply(.greater, .array(x), .scalar(.int64(3))).array
        #expect(try large.all(axis: [1]).repr == "array([False,  True,  True])")
    }

    @Test func integerAndBoolReductions() throws {
        #expect(try ints([3, 1, 2]).sum().repr == "6")
        #expect(try bools([true, false, true]).sum().repr == "2")
        #expect(try ints([1, 2, 3]).mean().repr == "2.0")
        #expect(try ints([1, 2, 3, 4], [2, 2]).cumsum().repr == "array([ 1,  3,  6, 10])")
        #expect(try bools([true, false]).max().repr == "True")
        #expect(try bools([true, false]).std().repr == "0.5")
        #expect(try ints([2, 9, 9]).argmax().repr == "1")
        #expect(try floats([1, .nan, 3]).max().repr == "nan")
        #expect(try floats([1, .nan, .nan]).argmax().repr == "1")
    }

    @Test func reductionErrorsAreNumPys() throws {
        let empty = floats([])
        #expect(numpyError { try empty.min() }
            == "ValueError: zero-size array to reduction operation minimum which has no identity")
        #expect(numpyError { try empty.max() }
            == "ValueError: zero-size array to reduction operation maximum which has no identity")
        #expect(numpyError { try empty.argmax() } == "ValueError: attempt to get argmax of an empty sequence")
        #expect(try empty.sum().repr == "0.0")
        #expect(try empty.mean().repr == "nan")
        #expect(try NDArray.zeros([0, 3]).max(axis: [1]).repr == "array([], dtype=float64)")
        #expect(numpyError { try floats([1]).sum(axis: [1]) } == "AxisError: axis 1 is out of bounds for array of dimension 1")
        #expect(numpyError { try floats([1]).sum(axis: [-2]) } == "AxisError: axis -2 is out of bounds for array of dimension 1")
        #expect(numpyError { try matrix().sum(axis: [0, 0]) } == "ValueError: duplicate value in 'axis'")
        #expect(try floats([1, 2, 3]).std(ddof: 5).repr == "inf")
    }
}
