import Foundation
import Testing

@testable import MicrogradScript

/// `np.dot` and `@` against numpy 1.26.4 with its OpenBLAS (`Fixtures/NumPy/products.json`).
@Suite struct ProductFixtureTests {
    private struct Dot: Decodable {
        let seedX: UInt64
        let seedY: UInt64
        let n: Int
        let dot: String
        let stridedDot: String
    }

    private struct Matrices: Decodable {
        let seedA: UInt64
        let seedB: UInt64
        let seedX: UInt64
        let m: Int
        let k: Int
        let n: Int
        let matmul: [String]
        let matvec: [String]
    }

    private struct File: Decodable {
        let dots: [Dot]
        let matrices: [Matrices]
    }

    @Test func vectorDotProductsMatchOpenBLASBitForBit() throws {
        let file = try NumPyFixtures.load("products", as: File.self)
        for item in file.dots {
            let x = NumPyFixtures.lcgValues(seed: item.seedX, count: item.n, spread: false)
            let y = NumPyFixtures.lcgValues(seed: item.seedY, count: item.n, spread: false)
            let dot = try NumPy.dot(.array(floats(x)), .array(floats(y))).array.elements(as: Double.self)[0]
            #expect(sameDouble(dot, NumPyFixtures.double(item.dot)), "n=\(item.n): \(dot) != \(item.dot)")
            let doubled = try floats(x.flatMap { [$0, $0] }).get([.slice(step: 2)]).array
            let strided = try NumPy.dot(.array(doubled), .array(floats(y))).array.elements(as: Double.self)[0]
            #expect(sameDouble(strided, NumPyFixtures.double(item.stridedDot)), "strided n=\(item.n)")
        }
    }

    /// OpenBLAS's `dgemm` and `dgemv` block and reorder their sums in ways not modelled here (blocks along `k`,
    /// other kernels for leftover rows), so matrix products are held to the rounding error bound of any summation
    /// order, `4 ε Σ|a_ik b_kj|`, rather than to the bit. (The fused multiply-add chain Gradbook uses matches numpy
    /// bit for bit for most elements when `k` is small and the row count even.)
    @Test func matrixProductsAgreeWithNumPyWithinTheRoundingBound() throws {
        let file = try NumPyFixtures.load("products", as: File.self)
        for item in file.matrices {
            let a = NumPyFixtures.lcgValues(seed: item.seedA, count: item.m * item.k, spread: false)
            let b = NumPyFixtures.lcgValues(seed: item.seedB, count: item.k * item.n, spread: false)
            let x = NumPyFixtures.lcgValues(seed: item.seedX, count: item.k, spread: false)
            let left = try NDArray(a, shape: [item.m, item.k]), right = try NDArray(b, shape: [item.k, item.n])
            let product = try NumPy.matmul(.array(left), .array(right)).array.elements(as: Double.self)
            let vector = try NumPy.matmul(.array(left), .array(floats(x))).array.elements(as: Double.self)
            for i in 0..<item.m {
                for j in 0..<item.n {
                    let bound = 4 * Double.ulpOfOne * (0..<item.k).reduce(0) { $0 + abs(a[i * item.k + $1] * b[$1 * item.n + j]) }
                    let difference = abs(product[i * item.n + j] - NumPyFixtures.double(item.matmul[i * item.n + j]))
                    #expect(difference <= bound, "matmul \(item.m)x\(item.k)x\(item.n) [\(i), \(j)]")
                }
                let bound = 4 * Double.ulpOfOne * (0..<item.k).reduce(0) { $0 + abs(a[i * item.k + $1] * x[$1]) }
                #expect(abs(vector[i] - NumPyFixtures.double(item.matvec[i])) <= bound, "matvec \(item.m)x\(item.k) [\(i)]")
            }
        }
    }
}
