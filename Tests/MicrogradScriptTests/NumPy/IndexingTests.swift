import Testing

@testable import MicrogradScript

/// Indexing as numpy does it: integers, slices, `None`, `...`, integer arrays and masks; views that write through to
/// the original, copies where numpy copies, and numpy's errors. Expected outputs are numpy 1.26.4's reprs.
@Suite struct IndexingTests {
    /// `np.arange(12.).reshape(3, 4)`.
    private func matrix() throws -> NDArray { try NDArray.arange(stop: .float64(12)).reshape([3, 4]) }

    private func index(_ array: NDArray, _ components: IndexComponent...) throws -> String {
        try array.get(components).repr
    }

    @Test func basicIndexing() throws {
        let x = try matrix()
        #expect(try index(x, .integer(0)) == "array([0., 1., 2., 3.])")
        #expect(try index(x, .all, .integer(0)) == "array([0., 4., 8.])")
        #expect(try index(x, .integer(-1), .integer(-2)) == "10.0")
        #expect(try index(x, .slice(start: 1), .slice(step: 2)) == "array([[ 4.,  6.],\n       [ 8., 10.]])")
        #expect(try index(x, .slice(step: -1)) == """
            array([[ 8.,  9., 10., 11.],
                   [ 4.,  5.,  6.,  7.],
                   [ 0.,  1.,  2.,  3.]])
            """)
        #expect(try index(x, .all, .slice(step: -2)) == "array([[ 3.,  1.],\n       [ 7.,  5.],\n       [11.,  9.]])")
        #expect(try index(x, .ellipsis, .integer(1)) == "array([1., 5., 9.])")
        #expect(try index(x, .newAxis, .integer(0)) == "array([[0., 1., 2., 3.]])")
        #expect(try index(x, .integer(0), .newAxis) == "array([[0., 1., 2., 3.]])")
        #expect(try index(x, .integer(0), .all, .newAxis) == "array([[0.],\n       [1.],\n       [2.],\n       [3.]])")
        #expect(try index(x.T, .integer(1)) == "array([1., 5., 9.])")
        let numbers = try NDArray.arange(stop: .int64(10))
        #expect(try index(numbers, .slice(step: 3)) == "array([0, 3, 6, 9])")
        #expect(try index(numbers, .slice(start: 8, stop: 2, step: -2)) == "array([8, 6, 4])")
        #expect(try index(numbers, .slice(start: -3)) == "array([7, 8, 9])")
        #expect(try index(numbers, .slice(start: 100)) == "array([], dtype=int64)")
        #expect(try NDArray(scalar: .float64(5)).get([]).repr == "5.0")
        #expect(try NDArray(scalar: .float64(5)).get([.ellipsis]).repr == "array(5.)")
    }

    @Test func advancedIndexing() throws {
        let x = try matrix()
        #expect(try index(x, .array(ints([2, 0, 2]))) == """
            array([[ 8.,  9., 10., 11.],
                   [ 0.,  1.,  2.,  3.],
                   [ 8.,  9., 10., 11.]])
            """)
        #expect(try index(x, .array(ints([0, 2])), .array(ints([1, 3]))) == "array([ 1., 11.])")
        #expect(try index(x, .all, .array(ints([3, 0]))) == "array([[ 3.,  0.],\n       [ 7.,  4.],\n       [11.,  8.]])")
        #expect(try index(x, .array(bools([true, false, true]))) == """
            array([[ 0.,  1.,  2.,  3.],
                   [ 8.,  9., 10., 11.]])
            """)
        let mask = try NumPy.apply(.greater, .array(x), .scalar(.int64(5))).array
        #expect(try index(x, .array(mask)) == "array([ 6.,  7.,  8.,  9., 10., 11.])")
        #expect(try index(x, .slice(start: 1), .array(ints([0, 0]))) == "array([[4., 4.],\n       [8., 8.]])")
        #expect(try index(x, .array(ints([0, 2], [2, 1])), .array(ints([1, 3]))) == "array([[ 1.,  3.],\n       [ 9., 11.]])")
    }

    @Test func basicIndexingGivesViewsThatWriteThrough() throws {
        let x = try matrix()
        let row = try x.get([.integer(0)]).array
        try row.set([.integer(1)], .scalar(.float64(-1)))
        let column = try x.get([.all, .integer(0)]).array
        try column.set([.all], .scalar(.int64(7)))
        try x.T.set([.integer(3), .integer(2)], .scalar(.float64(0.5)))
        #expect(x.repr == """
            array([[ 7. , -1. ,  2. ,  3. ],
                   [ 7. ,  5. ,  6. ,  7. ],
                   [ 7. ,  9. , 10. ,  0.5]])
            """)
        let flat = x.ravel()
        try flat.set([.integer(5)], .scalar(.int64(100)))
        #expect(try x.get([.integer(1), .integer(1)]).repr == "100.0")
    }

    @Test func advancedIndexingAndFlattenCopy() throws {
        let x = try matrix()
        let picked = try x.get([.array(ints([0]))]).array
        try picked.set([.all], .scalar(.int64(-9)))
        try x.flatten().set([.integer(0)], .scalar(.int64(-9)))
        try x.astype(.float64).set([.integer(0), .integer(0)], .scalar(.int64(-9)))
        try x.copy().set([.integer(0), .integer(0)], .scalar(.int64(-9)))
        #expect(try x.get([.integer(0)]).repr == "array([0., 1., 2., 3.])")
    }

    @Test func assignmentBroadcastsAndCasts() throws {
        let x = try matrix()
        try x.set([.slice(stop: 2)], .array(floats([10, 20, 30, 40])))
        try x.set([.array(ints([2, 2])), .array(ints([0, 1]))], .array(ints([-1, -2])))
        let mask = try NumPy.apply(.greater, .array(x), .scalar(.int64(25))).array
        try x.set([.array(mask)], .scalar(.int64(0)))
        #expect(x.repr == """
            array([[10., 20.,  0.,  0.],
                   [10., 20.,  0.,  0.],
                   [-1., -2., 10., 11.]])
            """)
        let shifted = try NDArray.arange(stop: .int64(4))
        try shifted.set([.slice(start: 1)], shifted.get([.slice(stop: -1)]))
        #expect(shifted.repr == "array([0, 0, 1, 2])")
        let numbers = ints([1, 2, 3])
        try numbers.set([.integer(0)], .scalar(.float64(2.9)))
        try numbers.set([.slice(start: 1)], .array(floats([-1.5, 7.99])))
        #expect(numbers.repr == "array([ 2, -1,  7])")
    }

    @Test func indexingErrorsAreNumPys() throws {
        let a = floats([0, 1, 2])
        let x = try matrix()
        #expect(numpyError { try a.get([.integer(5)]) } == "IndexError: index 5 is out of bounds for axis 0 with size 3")
        #expect(numpyError { try a.get([.integer(-4)]) } == "IndexError: index -4 is out of bounds for axis 0 with size 3")
        #expect(numpyError { try x.get([.integer(0), .integer(4)]) } == "IndexError: index 4 is out of bounds for axis 1 with size 4")
        #expect(numpyError { try x.get([.integer(0), .integer(0), .integer(0)]) }
            == "IndexError: too many indices for array: array is 2-dimensional, but 3 were indexed")
        #expect(numpyError { try a.get([.slice(step: 0)]) } == "ValueError: slice step cannot be zero")
        #expect(numpyError { try a.get([.array(bools([true, false]))]) }
            == "IndexError: boolean index did not match indexed array along dimension 0; dimension is 3 but corresponding boolean dimension is 2")
        #expect(numpyError { try a.get([.array(floats([1]))]) }
            == "IndexError: arrays used as indices must be of integer (or boolean) type")
        #expect(numpyError { try a.get([.array(ints([5]))]) } == "IndexError: index 5 is out of bounds for axis 0 with size 3")
        #expect(numpyError { try x.get([.array(ints([0, 1])), .array(ints([0, 1, 2]))]) }
            == "IndexError: shape mismatch: indexing arrays could not be broadcast together with shapes (2,) (3,) ")
        #expect(numpyError { try a.get([.ellipsis, .ellipsis]) } == "IndexError: an index can only have a single ellipsis ('...')")
        #expect(numpyError { try NDArray(scalar: .int64(5)).get([.integer(0)]) }
            == "IndexError: too many indices for array: array is 0-dimensional, but 1 were indexed")
        #expect(numpyError { try a.set([.slice(stop: 2)], .array(floats([1, 2, 3]))) }
            == "ValueError: could not broadcast input array from shape (3,) into shape (2,)")
        #expect(numpyError { try ints([1]).set([.integer(0)], .scalar(.float64(.nan))) }
            == "ValueError: cannot convert float NaN to integer")
    }

    @Test func lengthIterationAndTruth() throws {
        let x = try matrix()
        #expect(try x.count() == 3)
        #expect(try x.items().map(\.repr) == ["array([0., 1., 2., 3.])", "array([4., 5., 6., 7.])", "array([ 8.,  9., 10., 11.])"])
        #expect(try floats([1.5, 2.5]).items().map(\.repr) == ["1.5", "2.5"])
        #expect(numpyError { try NDArray(scalar: .float64(1)).count() } == "TypeError: len() of unsized object")
        #expect(numpyError { try NDArray(scalar: .float64(1)).items() } == "TypeError: iteration over a 0-d array")
        #expect(try floats([0]).truth() == false)
        #expect(numpyError { try x.truth() }
            == "ValueError: The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
        #expect(try x.contains(.scalar(.int64(11))))
        #expect(try !x.contains(.scalar(.float64(11.5))))
    }
}
