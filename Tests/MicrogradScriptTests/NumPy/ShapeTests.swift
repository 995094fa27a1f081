import Testing

@testable import MicrogradScript

/// Attributes, reshaping, transposing and joining arrays, with numpy's views, copies and errors. Expected outputs
/// are numpy 1.26.4's reprs.
@Suite struct ShapeTests {
    private func matrix() throws -> NDArray { try NDArray.arange(stop: .float64(12)).reshape([3, 4]) }

    @Test func attributes() throws {
        let x = try matrix()
        #expect(x.shape == [3, 4])
        #expect(x.ndim == 2)
        #expect(x.size == 12)
        #expect(x.dtype.name == "float64")
        #expect(x.T.shape == [4, 3])
        #expect(ints([1]).dtype.name == "int64")
        #expect(bools([true]).dtype.name == "bool")
        #expect(DType(name: "float") == .float64)
        #expect(DType(name: "bool_") == .bool)
    }

    @Test func reshapeRavelTranspose() throws {
        let x = try matrix()
        #expect(try x.reshape([2, 6]).repr == "array([[ 0.,  1.,  2.,  3.,  4.,  5.],\n       [ 6.,  7.,  8.,  9., 10., 11.]])")
        #expect(try x.reshape([-1, 2]).shape == [6, 2])
        #expect(try x.T.reshape([-1]).repr == "array([ 0.,  4.,  8.,  1.,  5.,  9.,  2.,  6., 10.,  3.,  7., 11.])")
        #expect(try NDArray.arange(stop: .int64(6)).reshape([2, 3]).T.ravel().repr == "array([0, 3, 1, 4, 2, 5])")
        #expect(try x.transpose([1, 0]).repr == x.T.repr)
        #expect(try x.T.repr == """
            array([[ 0.,  4.,  8.],
                   [ 1.,  5.,  9.],
                   [ 2.,  6., 10.],
                   [ 3.,  7., 11.]])
            """)
        let view = try x.reshape([12])
        try view.set([.integer(0)], .scalar(.int64(-1)))
        #expect(try x.get([.integer(0), .integer(0)]).repr == "-1.0")
    }

    @Test func shapeErrorsAreNumPys() throws {
        let x = try matrix()
        #expect(numpyError { try x.reshape([5]) } == "ValueError: cannot reshape array of size 12 into shape (5,)")
        #expect(numpyError { try x.reshape([5, 2]) } == "ValueError: cannot reshape array of size 12 into shape (5,2)")
        #expect(numpyError { try x.reshape([5, -1]) } == "ValueError: cannot reshape array of size 12 into shape (5,newaxis)")
        #expect(numpyError { try x.reshape([-1, -1]) } == "ValueError: can only specify one unknown dimension")
        #expect(numpyError { try x.transpose([0]) } == "ValueError: axes don't match array")
        #expect(numpyError { try x.transpose([0, 0]) } == "ValueError: repeated axis in transpose")
    }

    @Test func joiningArrays() throws {
        let x = try matrix()
        let three = try NDArray.arange(stop: .float64(3))
        let grid = try NDArray.meshgrid([three, try NDArray.arange(stop: .float64(2))])
        #expect(grid.map(\.repr) == ["array([[0., 1., 2.],\n       [0., 1., 2.]])", "array([[0., 0., 0.],\n       [1., 1., 1.]])"])
        let doubled = try NumPy.apply(.multiply, .array(try NDArray.arange(stop: .int64(3))), .scalar(.int64(2))).array
        #expect(try NDArray.columnConcatenate([three, doubled]).repr == "array([[0., 0.],\n       [1., 2.],\n       [2., 4.]])")
        let two = try NDArray.arange(stop: .int64(2)), threeInts = try NDArray.arange(stop: .int64(3))
        #expect(try NDArray.rowConcatenate([two, threeInts]).repr == "array([0, 1, 0, 1, 2])")
        #expect(try NDArray.vstack([threeInts, three]).repr == "array([[0., 1., 2.],\n       [0., 1., 2.]])")
        #expect(try NDArray.hstack([two, threeInts]).repr == "array([0, 1, 0, 1, 2])")
        #expect(try NDArray.columnStack([threeInts, threeInts]).repr == "array([[0, 0],\n       [1, 1],\n       [2, 2]])")
        #expect(try NDArray.concatenate([two, threeInts], axis: nil).repr == "array([0, 1, 0, 1, 2])")
        #expect(try NDArray.concatenate([x, x], axis: 1).shape == [3, 8])
        #expect(numpyError { try NDArray.concatenate([three, x]) }
            == "ValueError: all the input arrays must have same number of dimensions, but the array at index 0 has 1 dimension(s) and the array at index 1 has 2 dimension(s)")
        #expect(numpyError { try NDArray.concatenate([x, NDArray.ones([3, 2])], axis: 0) }
            == "ValueError: all the input array dimensions except for the concatenation axis must match exactly, but along dimension 1, the array at index 0 has size 4 and the array at index 1 has size 2")
        #expect(numpyError { try NDArray.concatenate([three], axis: 1) } == "AxisError: axis 1 is out of bounds for array of dimension 1")
        #expect(numpyError { try NDArray.columnConcatenate([three, NDArray.ones([4])]) }
            == "ValueError: all the input array dimensions except for the concatenation axis must match exactly, but along dimension 0, the array at index 0 has size 3 and the array at index 1 has size 4")
    }

    @Test func products() throws {
        let x = try matrix()
        let four = try NDArray.arange(stop: .float64(4)), three = try NDArray.arange(stop: .float64(3))
        #expect(try NumPy.matmul(.array(x), .array(four)).repr == "array([14., 38., 62.])")
        #expect(try NumPy.matmul(.array(three), .array(x)).repr == "array([20., 23., 26., 29.])")
        #expect(try NumPy.dot(.array(try NDArray.arange(stop: .int64(3))), .array(try NDArray.arange(stop: .int64(3)))).repr == "5")
        #expect(try NumPy.matmul(.array(x), .array(x.T)).repr == """
            array([[ 14.,  38.,  62.],
                   [ 38., 126., 214.],
                   [ 62., 214., 366.]])
            """)
        #expect(numpyError { try NumPy.dot(.array(x), .array(x)) } == "ValueError: shapes (3,4) and (3,4) not aligned: 4 (dim 1) != 3 (dim 0)")
        #expect(numpyError { try NumPy.dot(.array(three), .array(four)) } == "ValueError: shapes (3,) and (4,) not aligned: 3 (dim 0) != 4 (dim 0)")
        #expect(numpyError { try NumPy.matmul(.array(x), .array(x)) }
            == "ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 3 is different from 4)")
        #expect(numpyError { try NumPy.matmul(.scalar(.int64(1)), .array(x)) }
            == "ValueError: matmul: Input operand 0 does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)")
    }
}
