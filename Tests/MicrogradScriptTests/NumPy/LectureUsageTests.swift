import Testing

@testable import MicrogradScript

/// The lecture's and micrograd's demo's uses of numpy, spelled as the wrapper will call the core: each expected
/// output is what numpy 1.26.4 prints for the Python in the comment.
@Suite struct LectureUsageTests {
    @Test func plottingAFunctionOverARange() throws {
        // xs = np.arange(-5, 5, 0.25); ys = 3*xs**2 - 4*xs + 5
        let xs = try NDArray.arange(start: .int64(-5), stop: .int64(5), step: .float64(0.25))
        let squared = try NumPy.power(.array(xs), .scalar(.int64(2)))
        let threeSquared = try NumPy.apply(.multiply, .scalar(.int64(3)), squared)
        let fourX = try NumPy.apply(.multiply, .scalar(.int64(4)), .array(xs))
        let ys = try NumPy.apply(.add, NumPy.apply(.subtract, threeSquared, fourX), .scalar(.int64(5))).array
        #expect(try ys.get([.slice(stop: 6)]).repr == "array([100.    ,  91.6875,  83.75  ,  76.1875,  69.    ,  62.1875])")
        // print(np.tanh(xs)[:5])
        let tanh = try NumPy.apply(.tanh, .array(xs)).array
        #expect(try tanh.get([.slice(stop: 5)]).str == "[-0.9999092  -0.99985031 -0.99975321 -0.99959315 -0.9993293 ]")
    }

    @Test func theMoonsDemosDecisionBoundary() throws {
        let x = try NDArray([0.5, -1.25, 2.0, 0.75, -1.5, 1.0], shape: [3, 2])
        // y = y*2 - 1
        let y = try NumPy.apply(.subtract, NumPy.apply(.multiply, .array(ints([1, 0, 1])), .scalar(.int64(2))), .scalar(.int64(1)))
        #expect(y.repr == "array([ 1, -1,  1])")
        // x_min, x_max = X[:, 0].min() - 1, X[:, 0].max() + 1 (and the same for the second column)
        let first = try x.get([.all, .integer(0)]).array, second = try x.get([.all, .integer(1)]).array
        let xMin = try NumPy.apply(.subtract, first.min(), .scalar(.int64(1)))
        let xMax = try NumPy.apply(.add, first.max(), .scalar(.int64(1)))
        let yMin = try NumPy.apply(.subtract, second.min(), .scalar(.int64(1)))
        let yMax = try NumPy.apply(.add, second.max(), .scalar(.int64(1)))
        #expect([xMin, xMax, yMin, yMax].map(\.repr) == ["-2.5", "3.0", "-2.25", "2.0"])
        // xx, yy = np.meshgrid(np.arange(x_min, x_max, h), np.arange(y_min, y_max, h))
        let h = Scalar.float64(0.25)
        guard case .scalar(let x0) = xMin, case .scalar(let x1) = xMax, case .scalar(let y0) = yMin,
            case .scalar(let y1) = yMax
        else { throw NumPyError.value("expected scalars") }
        let grid = try NDArray.meshgrid([
            NDArray.arange(start: x0, stop: x1, step: h), NDArray.arange(start: y0, stop: y1, step: h),
        ])
        #expect(grid[0].shape == [17, 22])
        // Xmesh = np.c_[xx.ravel(), yy.ravel()]
        let mesh = try NDArray.columnConcatenate([grid[0].ravel(), grid[1].ravel()])
        #expect(mesh.shape == [374, 2])
        #expect(try mesh.get([.slice(stop: 3)]).repr == "array([[-2.5 , -2.25],\n       [-2.25, -2.25],\n       [-2.  , -2.25]])")
        // Z = np.array([row[0] + row[1] > 0 for row in Xmesh]).reshape(xx.shape)
        let flags: [NestedValues] = try mesh.items().map { row in
            let r = row.array
            let sum = try NumPy.apply(.add, r.get([.integer(0)]), r.get([.integer(1)]))
            guard case .scalar(let positive) = try NumPy.apply(.greater, sum, .scalar(.int64(0))) else { return .list([]) }
            return .scalar(positive)
        }
        let z = try NDArray.array(.list(flags)).reshape(grid[0].shape)
        #expect(z.dtype == .bool)
        #expect(try z.sum().repr == "170")
        // X[ri] with an index array, and iterating over rows as Python floats
        #expect(try x.get([.array(ints([2, 0]))]).repr == "array([[-1.5 ,  1.  ],\n       [ 0.5 , -1.25]])")
        #expect(try x.items().map { try $0.array.items().map(\.repr) } == [["0.5", "-1.25"], ["2.0", "0.75"], ["-1.5", "1.0"]])
        #expect(first.str == "[ 0.5  2.  -1.5]")
        #expect(first.doubleValues == [0.5, 2.0, -1.5])
        #expect(try z.get([.integer(0)]).array.scalarValues.prefix(2) == [.bool(false), .bool(false)])
    }
}
