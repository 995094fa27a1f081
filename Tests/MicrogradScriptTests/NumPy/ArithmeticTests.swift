import Testing

@testable import MicrogradScript

/// Elementwise arithmetic, comparison and bitwise operators with broadcasting and numpy 1.26's type promotion with
/// Python scalars; numpy's errors. Expected outputs are numpy 1.26.4's reprs.
@Suite struct ArithmeticTests {
    private func apply(_ operation: BinaryOperation, _ a: NDArray, _ b: ArrayOrScalar) throws -> String {
        try NumPy.apply(operation, .array(a), b).repr
    }

    private func apply(_ operation: BinaryOperation, _ a: NDArray, _ b: NDArray) throws -> String {
        try NumPy.apply(operation, .array(a), .array(b)).repr
    }

    @Test func promotionWithPythonScalars() throws {
        let y = try apply(.subtract, NumPy.apply(.multiply, .array(ints([1, 2])), .scalar(.int64(2))).array, .scalar(.int64(1)))
        #expect(y == "array([1, 3])")
        #expect(try apply(.trueDivide, ints([1, 2]), .scalar(.int64(2))) == "array([0.5, 1. ])")
        #expect(try apply(.multiply, ints([1, 2]), .scalar(.float64(1.5))) == "array([1.5, 3. ])")
        #expect(try apply(.add, bools([true, false]), .scalar(.int64(1))) == "array([2, 1])")
        #expect(try apply(.add, bools([true, false]), bools([true, true])) == "array([ True,  True])")
        #expect(try apply(.add, ints([1, 2]), .scalar(.bool(true))) == "array([2, 3])")
        #expect(try NumPy.apply(.multiply, .scalar(.int64(3)), .scalar(.float64(2.5))).repr == "7.5")
        #expect(try NumPy.apply(.add, .scalar(.bool(true)), .scalar(.int64(1))).repr == "2")
        #expect(try NumPy.apply(.subtract, .scalar(.float64(1)), .array(floats([1, 2]))).repr == "array([ 0., -1.])")
    }

    @Test func divisionFollowsNumPy() throws {
        #expect(try apply(.floorDivide, ints([-3, 3]), .scalar(.int64(2))) == "array([-2,  1])")
        #expect(try apply(.remainder, ints([-3, 3]), .scalar(.int64(2))) == "array([1, 1])")
        #expect(try apply(.floorDivide, ints([1, 2]), .scalar(.int64(0))) == "array([0, 0])")
        #expect(try apply(.remainder, ints([1, 2]), .scalar(.int64(0))) == "array([0, 0])")
        #expect(try apply(.floorDivide, floats([-3.5, 3.5]), .scalar(.int64(2))) == "array([-2.,  1.])")
        #expect(try apply(.remainder, floats([-3.5, 3.5]), .scalar(.int64(-2))) == "array([-1.5, -0.5])")
        #expect(try apply(.trueDivide, floats([1, -1, 0]), .scalar(.int64(0))) == "array([ inf, -inf,  nan])")
        #expect(try apply(.floorDivide, floats([1, 2]), .scalar(.int64(0))) == "array([inf, inf])")
        #expect(try apply(.remainder, floats([1, 2]), .scalar(.int64(0))) == "array([nan, nan])")
    }

    @Test func powersFollowNumPy() throws {
        #expect(try NumPy.power(.array(ints([2, 3])), .scalar(.int64(2))).repr == "array([4, 9])")
        #expect(try NumPy.power(.array(floats([2, -0.0])), .scalar(.float64(0.5))).repr == "array([ 1.41421356, -0.        ])")
        #expect(try NumPy.power(.array(floats([4])), .scalar(.int64(-1))).repr == "array([0.25])")
        #expect(try NumPy.power(.array(ints([2, 3])), .scalar(.float64(2))).repr == "array([4., 9.])")
        #expect(try apply(.power, floats([-0.0]), .scalar(.float64(0.5))) == "array([0.])")
        #expect(numpyError { try NumPy.power(.array(ints([1, 2])), .scalar(.int64(-1))) }
            == "ValueError: Integers to negative integer powers are not allowed.")
        #expect(numpyError { try NumPy.power(.scalar(.int64(2)), .scalar(.int64(-1))) }
            == "ValueError: Integers to negative integer powers are not allowed.")
    }

    @Test func comparisonsAndBitwise() throws {
        #expect(try apply(.less, ints([1, 2, 3]), .scalar(.int64(2))) == "array([ True, False, False])")
        #expect(try apply(.equal, floats([1, .nan]), floats([1, .nan])) == "array([ True, False])")
        #expect(try apply(.bitwiseAnd, ints([5, 3]), .scalar(.int64(6))) == "array([4, 2])")
        #expect(try apply(.bitwiseOr, ints([5, 3]), ints([2, 4])) == "array([7, 7])")
        #expect(try NumPy.apply(.invert, .array(bools([true, false]))).repr == "array([False,  True])")
        #expect(try NumPy.apply(.invert, .array(ints([0, 5]))).repr == "array([-1, -6])")
        #expect(try NumPy.apply(.negative, .array(ints([1, -2]))).repr == "array([-1,  2])")
        #expect(try NumPy.apply(.absolute, .array(floats([-1.5, 2]))).repr == "array([1.5, 2. ])")
    }

    @Test func broadcasting() throws {
        let column = ints([3, 4], [2, 1])
        #expect(try apply(.minimum, ints([1, 5]), column) == "array([[1, 3],\n       [1, 4]])")
        let x = try NDArray.arange(stop: .float64(12)).reshape([3, 4])
        let sum = try NumPy.apply(.add, x.get([.all, .integer(0)]), x.get([.all, .integer(1)]))
        #expect(sum.repr == "array([ 1.,  9., 17.])")
        #expect(try apply(.add, x, floats([0, 10, 20, 30])) == """
            array([[ 0., 11., 22., 33.],
                   [ 4., 15., 26., 37.],
                   [ 8., 19., 30., 41.]])
            """)
    }

    @Test func inPlaceOperationsWriteIntoTheArray() throws {
        let x = floats([1, 2, 3])
        let view = try x.get([.slice(start: 1)]).array
        try NumPy.applyInPlace(.multiply, view, .scalar(.int64(10)))
        #expect(x.repr == "array([ 1., 20., 30.])")
        #expect(numpyError { try NumPy.applyInPlace(.add, ints([1]), .scalar(.float64(1.5))) }
            == "TypeError: Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'")
        #expect(numpyError { try NumPy.applyInPlace(.add, floats([1]), .array(floats([1, 2]))) }
            == "ValueError: non-broadcastable output operand with shape (1,) doesn't match the broadcast shape (2,)")
    }

    @Test func arithmeticErrorsAreNumPys() throws {
        #expect(numpyError { try NumPy.apply(.add, .array(floats([1, 2, 3])), .array(floats([1, 2, 3, 4]))) }
            == "ValueError: operands could not be broadcast together with shapes (3,) (4,) ")
        #expect(numpyError { try NumPy.apply(.add, .array(floats([1, 2, 3, 4, 5, 6], [2, 3])), .array(floats([1, 2]))) }
            == "ValueError: operands could not be broadcast together with shapes (2,3) (2,) ")
        #expect(numpyError { try NumPy.apply(.subtract, .array(bools([true])), .array(bools([true]))) }
            == "TypeError: numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.")
        #expect(numpyError { try NumPy.apply(.negative, .array(bools([true]))) }
            == "TypeError: The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.")
        #expect(numpyError { try NumPy.apply(.bitwiseAnd, .array(floats([1])), .array(floats([1]))) }
            == "TypeError: ufunc 'bitwise_and' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
        #expect(numpyError { try NumPy.apply(.invert, .array(floats([1]))) }
            == "TypeError: ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
    }

    @Test func ufuncsAndSelection() throws {
        #expect(try NumPy.apply(.maximum, .array(floats([1, .nan, 3])), .scalar(.float64(2))).repr == "array([ 2., nan,  3.])")
        #expect(try NumPy.clip(.array(try NDArray.arange(stop: .int64(6))), min: .scalar(.int64(1)), max: .scalar(.int64(4))).repr
            == "array([1, 1, 2, 3, 4, 4])")
        #expect(try NumPy.clip(.array(floats([1.5, .nan, -2])), min: .scalar(.int64(-1)), max: .scalar(.int64(1))).repr
            == "array([ 1., nan, -1.])")
        #expect(try NumPy.clip(.array(ints([0, 1])), min: .scalar(.int64(0)), max: .scalar(.float64(1.5))).repr == "array([0., 1.])")
        #expect(numpyError { try NumPy.clip(.array(ints([0])), min: nil, max: nil) } == "ValueError: One of max or min must be given")
        let negated = try NumPy.apply(.negative, .array(floats([0, 1, 2]))).array
        #expect(try NumPy.where(.array(bools([true, false, true])), .array(ints([0, 1, 2])), .array(negated)).repr
            == "array([ 0., -1.,  2.])")
        #expect(try NumPy.where(.scalar(.bool(true)), .scalar(.int64(1)), .scalar(.int64(2))).repr == "array(1)")
        #expect(try NumPy.apply(.sign, .array(floats([-2, 0, 3, .nan]))).repr == "array([-1.,  0.,  1., nan])")
        #expect(try NumPy.apply(.square, .array(ints([3, -4]))).repr == "array([ 9, 16])")
        #expect(try NumPy.apply(.floor, .array(floats([-1.5, 1.5]))).repr == "array([-2.,  1.])")
        #expect(try NumPy.apply(.ceil, .array(floats([-1.5, 1.5]))).repr == "array([-1.,  2.])")
        #expect(try NumPy.round(.array(floats([0.5, 1.5, 2.5, 2.675]))).repr == "array([0., 2., 2., 3.])")
        #expect(try NumPy.round(.array(floats([2.675, -1.005])), decimals: 2).repr == "array([ 2.68, -1.  ])")
        #expect(try NumPy.round(.array(floats([1234.5678])), decimals: -2).repr == "array([1200.])")
        #expect(try NumPy.round(.array(ints([15, 25, -35])), decimals: -1).repr == "array([ 20,  20, -40])")
        #expect(try NumPy.apply(.isnan, .array(floats([1, .nan]))).repr == "array([False,  True])")
        #expect(try NumPy.apply(.isinf, .array(floats([.infinity, -.infinity, 1]))).repr == "array([ True,  True, False])")
        #expect(try NumPy.apply(.exp, .array(floats([0, 1]))).repr == "array([1.        , 2.71828183])")
        #expect(try NumPy.apply(.log, .array(floats([1, 0, -1]))).repr == "array([  0., -inf,  nan])")
        #expect(try NumPy.apply(.sqrt, .array(ints([4, 2]))).repr == "array([2.        , 1.41421356])")
        #expect(try NumPy.apply(.tanh, .array(floats([0.5, -20]))).repr == "array([ 0.46211716, -1.        ])")
        #expect(try NumPy.apply(.tanh, .scalar(.float64(0.5))).repr == "0.46211715726000974")
    }
}
