import Testing

@testable import MicrogradScript

/// `np.array` (with numpy's dtype inference), the filled constructors, ranges, and the element limit. Expected
/// outputs are numpy 1.26.4's reprs.
@Suite struct CreationTests {
    private func list(_ items: NestedValues...) -> NestedValues { .list(items) }
    private func f(_ x: Double) -> NestedValues { .scalar(.float64(x)) }
    private func i(_ x: Int64) -> NestedValues { .scalar(.int64(x)) }
    private func b(_ x: Bool) -> NestedValues { .scalar(.bool(x)) }

    @Test func arrayInfersNumPysDType() throws {
        #expect(try NDArray.array(list(list(i(1), i(2)), list(i(3), i(4)))).repr == "array([[1, 2],\n       [3, 4]])")
        #expect(try NDArray.array(list(i(1), f(2.5))).repr == "array([1. , 2.5])")
        #expect(try NDArray.array(list(b(true), i(2))).repr == "array([1, 2])")
        #expect(try NDArray.array(list(list(b(true)), list(b(false)))).repr == "array([[ True],\n       [False]])")
        #expect(try NDArray.array(list()).repr == "array([], dtype=float64)")
        #expect(try NDArray.array(list(list(), list())).repr == "array([], shape=(2, 0), dtype=float64)")
        #expect(try NDArray.array(f(3.5)).repr == "array(3.5)")
        #expect(try NDArray.array(list(i(1), i(2)), dtype: .float64).repr == "array([1., 2.])")
        #expect(try NDArray.array(list(f(1.5), f(0)), dtype: .bool).repr == "array([ True, False])")
        let rows = [floats([1, 2]), floats([3, 4])].map { NestedValues.array($0) }
        #expect(try NDArray.array(.list(rows)).repr == "array([[1., 2.],\n       [3., 4.]])")
    }

    @Test func raggedInputIsNumPysValueError() {
        let message = "ValueError: setting an array element with a sequence. The requested array has an inhomogeneous "
            + "shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part."
        #expect(numpyError { try NDArray.array(list(list(i(1), i(2)), list(i(3)))) } == message)
        #expect(numpyError { try NDArray.array(list(list(i(1), i(2)), i(3))) } == message)
    }

    @Test func filledConstructors() throws {
        #expect(try NDArray.zeros([2, 3]).repr == "array([[0., 0., 0.],\n       [0., 0., 0.]])")
        #expect(try NDArray.ones([3], dtype: .int64).repr == "array([1, 1, 1])")
        #expect(try NDArray.full([2, 2], .int64(7)).repr == "array([[7, 7],\n       [7, 7]])")
        #expect(try NDArray.full([2], .float64(1.5)).repr == "array([1.5, 1.5])")
        #expect(try NDArray.fullLike(ints([0, 1, 2]), .float64(2.7)).repr == "array([2, 2, 2])")
        #expect(try NDArray.onesLike(floats([0, 1, 2]), dtype: .bool).repr == "array([ True,  True,  True])")
        #expect(try NDArray.zerosLike(ints([5, 6])).repr == "array([0, 0])")
        #expect(try NDArray.eye(3).repr == "array([[1., 0., 0.],\n       [0., 1., 0.],\n       [0., 0., 1.]])")
        #expect(try NDArray.eye(2, 3, k: 1, dtype: .int64).repr == "array([[0, 1, 0],\n       [0, 0, 1]])")
        #expect(numpyError { try NDArray.zeros([-1]) } == "ValueError: negative dimensions are not allowed")
    }

    @Test func rangesAndTheirErrors() throws {
        #expect(try NDArray.linspace(start: 0, stop: 1, num: 5).array.repr == "array([0.  , 0.25, 0.5 , 0.75, 1.  ])")
        #expect(try NDArray.arange(start: .int64(-5), stop: .int64(5), step: .float64(0.25)).repr == """
            array([-5.  , -4.75, -4.5 , -4.25, -4.  , -3.75, -3.5 , -3.25, -3.  ,
                   -2.75, -2.5 , -2.25, -2.  , -1.75, -1.5 , -1.25, -1.  , -0.75,
                   -0.5 , -0.25,  0.  ,  0.25,  0.5 ,  0.75,  1.  ,  1.25,  1.5 ,
                    1.75,  2.  ,  2.25,  2.5 ,  2.75,  3.  ,  3.25,  3.5 ,  3.75,
                    4.  ,  4.25,  4.5 ,  4.75])
            """)
        #expect(numpyError { try NDArray.arange(start: .int64(0), stop: .int64(5), step: .int64(0)) }
            == "ZeroDivisionError: division by zero")
        #expect(numpyError { try NDArray.arange(start: .float64(0), stop: .float64(5), step: .float64(0)) }
            == "ZeroDivisionError: float division by zero")
        #expect(numpyError { try NDArray.linspace(start: 0, stop: 1, num: -1) }
            == "ValueError: Number of samples, -1, must be non-negative.")
        #expect(numpyError { try NDArray.arange(stop: .float64(1e20)) } == "ValueError: Maximum allowed size exceeded")
        #expect(try NDArray.linspace(start: 0, stop: 1, num: 1).step.isNaN)
        #expect(try NDArray.arange(start: .float64(0), stop: .float64(-1e10)).repr == "array([], dtype=float64)")
        #expect(try NDArray.eye(2, k: .max).repr == "array([[0., 0.],\n       [0., 0.]])")
        #expect(try NDArray.eye(2, k: .min).repr == "array([[0., 0.],\n       [0., 0.]])")
        #expect(try NumPy.round(.array(floats([1.5])), decimals: .min).repr == "array([nan])")
    }

    @Test func castsFollowNumPy() throws {
        #expect(try NDArray.arange(stop: .int64(3)).astype(.float64).repr == "array([0., 1., 2.])")
        #expect(floats([1.7, -1.7, .nan]).astype(.int64).repr == "array([                   1,                   -1, -9223372036854775808])")
        #expect(floats([0, 2]).astype(.bool).repr == "array([False,  True])")
        #expect(floats([1.5, 2.5]).tolist().pythonRepr == "[1.5, 2.5]")
        #expect(try ints([1, 2, 3, 4], [2, 2]).tolist().pythonRepr == "[[1, 2], [3, 4]]")
        #expect(try floats([2.5]).item() == .float64(2.5))
        #expect(numpyError { try floats([1, 2]).item() } == "ValueError: can only convert an array of size 1 to a Python scalar")
    }

    @Test func hugeArraysAreAClearMemoryErrorBeforeAllocating() {
        #expect(numpyError { try NDArray.zeros([100_000, 100_000]) }
            == "MemoryError: Unable to allocate an array with shape (100000, 100000) and data type float64: "
            + "10000000000 elements is more than the limit of 10000000")
        #expect(numpyError { try NDArray.ones([1 << 40, 1 << 40]) }
            == "ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
        let column = floats([Double](repeating: 1, count: 100_000), [100_000, 1])
        let row = floats([Double](repeating: 1, count: 100_000), [1, 100_000])
        #expect(numpyError { try NumPy.apply(.add, .array(column), .array(row)) }.hasPrefix("MemoryError: Unable to allocate"))
        ElementLimit.$maximum.withValue(5) {
            #expect(numpyError { try NDArray.arange(stop: .int64(6)) }.hasPrefix("MemoryError"))
            #expect(numpyError { try NDArray.arange(stop: .int64(5)) } == "no error")
        }
    }
}

extension NestedValues {
    /// Python's `repr` of the nested lists `tolist()` gives (for tests).
    var pythonRepr: String {
        switch self {
        case .scalar(let scalar): scalar.repr
        case .array(let array): array.repr
        case .list(let items): "[" + items.map(\.pythonRepr).joined(separator: ", ") + "]"
        }
    }
}
