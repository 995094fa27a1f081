/// The float64 products numpy hands to OpenBLAS, computed in OpenBLAS's order so the last bits agree where that
/// order is known.
///
/// `dot` of two vectors follows OpenBLAS 0.3.23's AVX2 `ddot` kernel (the one numpy 1.26.4's wheels select on
/// Haswell and Zen): sixteen fused multiply-adds in flight (four accumulators of four lanes), folded lane by lane,
/// then the leftover elements added one product at a time; above 10,000 elements OpenBLAS splits the work between
/// its two threads on the reference machine, in halves. Matrix products accumulate each element with fused
/// multiply-adds along `k`, which matches OpenBLAS's `dgemm` kernel for most elements when `k` is small (its
/// blocking along `k` and its kernels for odd rows order the sums differently; see the tests for the bound).
enum BLASKernels {
    /// OpenBLAS's threshold above which `ddot` runs on two threads.
    static let threadingThreshold = 10_000

    /// `x · y` as `cblas_ddot` computes it for unit strides.
    static func dot(_ x: UnsafeBufferPointer<Double>, _ y: UnsafeBufferPointer<Double>) -> Double {
        let n = x.count
        if n > threadingThreshold {
            let half = (n + 1) / 2
            let first = kernel(UnsafeBufferPointer(rebasing: x[..<half]), UnsafeBufferPointer(rebasing: y[..<half]))
            let second = kernel(UnsafeBufferPointer(rebasing: x[half...]), UnsafeBufferPointer(rebasing: y[half...]))
            return (0 + first) + second
        }
        return kernel(x, y)
    }

    /// OpenBLAS's `ddot_k` for unit strides on AVX2.
    private static func kernel(_ x: UnsafeBufferPointer<Double>, _ y: UnsafeBufferPointer<Double>) -> Double {
        let n = x.count
        let blocked = n & ~15
        var dot = 0.0
        if blocked > 0 {
            var a = SIMD4<Double>(), b = SIMD4<Double>(), c = SIMD4<Double>(), d = SIMD4<Double>()
            var i = 0
            while i < blocked {
                a = a.addingProduct(lanes(x, i), lanes(y, i))
                b = b.addingProduct(lanes(x, i + 4), lanes(y, i + 4))
                c = c.addingProduct(lanes(x, i + 8), lanes(y, i + 8))
                d = d.addingProduct(lanes(x, i + 12), lanes(y, i + 12))
                i += 16
            }
            // Each accumulator's upper half is added onto its lower half, then the accumulators pairwise
            // ((a+b) + (c+d)), then the two remaining lanes.
            func folded(_ v: SIMD4<Double>) -> SIMD2<Double> { v.lowHalf + v.highHalf }
            let sum = (folded(a) + folded(b)) + (folded(c) + folded(d))
            dot = sum[0] + sum[1]
        }
        for i in blocked..<n { dot += y[i] * x[i] }
        return dot
    }

    /// Four consecutive elements as one vector.
    @inline(__always)
    private static func lanes(_ values: UnsafeBufferPointer<Double>, _ start: Int) -> SIMD4<Double> {
        SIMD4(values[start], values[start + 1], values[start + 2], values[start + 3])
    }

    /// `a · b` for a strided pair, as OpenBLAS's generic path computes it: two interleaved partial sums over groups
    /// of four products (in two halves above the threading threshold).
    static func stridedDot(_ x: [Double], _ y: [Double]) -> Double {
        if x.count > threadingThreshold {
            let half = (x.count + 1) / 2
            let first = stridedKernel(Array(x[..<half]), Array(y[..<half]))
            return (0 + first) + stridedKernel(Array(x[half...]), Array(y[half...]))
        }
        return stridedKernel(x, y)
    }

    private static func stridedKernel(_ x: [Double], _ y: [Double]) -> Double {
        let n = x.count
        let grouped = n & ~3
        var first = 0.0
        var second = 0.0
        var i = 0
        while i < grouped {
            let m1 = y[i] * x[i], m2 = y[i + 1] * x[i + 1], m3 = y[i + 2] * x[i + 2], m4 = y[i + 3] * x[i + 3]
            first += m1 + m3
            second += m2 + m4
            i += 4
        }
        while i < n {
            first += y[i] * x[i]
            i += 1
        }
        return first + second
    }

    /// An element of a matrix product: the fused multiply-adds of `count` pairs, in order.
    static func fusedSum(_ a: UnsafeBufferPointer<Double>, _ aStart: Int, _ aStride: Int,
                         _ b: UnsafeBufferPointer<Double>, _ bStart: Int, _ bStride: Int, count: Int) -> Double {
        var sum = 0.0
        var i = aStart, j = bStart
        for _ in 0..<count {
            sum = sum.addingProduct(a[i], b[j])
            i += aStride
            j += bStride
        }
        return sum
    }
}
