/// numpy's float summation: pairwise, with eight accumulators unrolled over blocks of up to 128 elements, split in
/// halves (rounded to multiples of 8) above that, applied to runs of at most 8192 elements (the iterator's buffer),
/// each run added to an accumulator that starts at 0. Matching it makes `np.sum` agree bit for bit.
enum PairwiseSum {
    /// numpy's `NPY_BUFSIZE`: the longest run one inner loop sees.
    static let bufferSize = 8192

    /// The sum of `values` as numpy's add-reduce computes it over one contiguous run of the iteration.
    static func reduce(_ values: UnsafeBufferPointer<Double>, into initial: Double = 0) -> Double {
        var total = initial
        var start = 0
        while start < values.count {
            let length = Swift.min(bufferSize, values.count - start)
            total += pairwise(values, start, length)
            start += length
        }
        return total
    }

    /// The sum when numpy accumulates each output one element at a time (the reduced axis is not innermost).
    static func sequential(_ values: UnsafeBufferPointer<Double>) -> Double {
        var total = 0.0
        for value in values { total += value }
        return total
    }

    /// numpy's `pairwise_sum` over `values[start..<start + n]`.
    static func pairwise(_ values: UnsafeBufferPointer<Double>, _ start: Int, _ n: Int) -> Double {
        if n < 8 {
            var sum = 0.0
            for i in start..<(start + n) { sum += values[i] }
            return sum
        }
        if n <= 128 {
            var r0 = values[start], r1 = values[start + 1], r2 = values[start + 2], r3 = values[start + 3]
            var r4 = values[start + 4], r5 = values[start + 5], r6 = values[start + 6], r7 = values[start + 7]
            var i = 8
            while i < n - n % 8 {
                let p = start + i
                r0 += values[p]; r1 += values[p + 1]; r2 += values[p + 2]; r3 += values[p + 3]
                r4 += values[p + 4]; r5 += values[p + 5]; r6 += values[p + 6]; r7 += values[p + 7]
                i += 8
            }
            var sum = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            while i < n {
                sum += values[start + i]
                i += 1
            }
            return sum
        }
        var half = n / 2
        half -= half % 8
        return pairwise(values, start, half) + pairwise(values, start + half, n - half)
    }
}
