/// `randint` with numpy's default `dtype=int` (int64 on the platforms Gradbook runs on), and the bounded integers
/// that `shuffle`, `permutation` and `choice` draw.
extension NumPyRandomState {
    /// `randint(low, high)`, or `randint(low)` for [0, low) when `high` is nil. An empty range is
    /// `ValueError: high <= 0` when `low` is 0 and `ValueError: low >= high` otherwise. `low == high - 1` draws
    /// nothing and returns `low`.
    public mutating func randint(_ low: Int, _ high: Int? = nil) throws(LibraryError) -> Int {
        let (offset, range) = try Self.closedRange(low, high)
        return Int(truncatingIfNeeded: offset &+ boundedUInt64(range: range, mask: Self.mask(covering: range)))
    }

    /// `randint(low, high, size=shape)`. As in numpy, a shape with no elements returns before the bounds are
    /// checked (`randint(5, 1, size=0)` is an empty array), and the bounds are checked before the shape.
    public mutating func randint(_ low: Int, _ high: Int?, shape: [Int]) throws(LibraryError) -> [Int] {
        if NumPyShape.wrappingProduct(shape) == 0 {
            _ = try NumPyShape.elementCount(shape)
            return []
        }
        let (offset, range) = try Self.closedRange(low, high)
        let count = try NumPyShape.elementCount(shape)
        let mask = Self.mask(covering: range)
        return (0..<count).map { _ in Int(truncatingIfNeeded: offset &+ boundedUInt64(range: range, mask: mask)) }
    }

    /// The offset and width of `[low, high - 1]` as numpy's `_rand_int64` computes them, in wrapping 64-bit
    /// arithmetic (the width of the widest range, `Int.min..<Int.max`, is 2⁶⁴ − 2).
    private static func closedRange(_ low: Int, _ high: Int?) throws(LibraryError) -> (offset: UInt64, range: UInt64) {
        let (low, high) = high.map { (low, $0) } ?? (0, low)
        guard low < high else { throw .valueError(low == 0 ? "high <= 0" : "low >= high") }
        let offset = UInt64(truncatingIfNeeded: low)
        return (offset, UInt64(truncatingIfNeeded: high &- 1) &- offset)
    }

    /// `gen_mask`: the smallest all-ones mask that covers `range`.
    static func mask(covering range: UInt64) -> UInt64 {
        range == 0 ? 0 : UInt64.max >> range.leadingZeroBitCount
    }

    /// `random_bounded_uint64` with the masked method, as `RandomState` always uses it: a range that fits in 32 bits
    /// draws 32-bit words, a wider one 64-bit words, each masked and rejected until it is at most `range`; a range
    /// of 0 draws nothing.
    mutating func boundedUInt64(range: UInt64, mask: UInt64) -> UInt64 {
        if range == 0 { return 0 }
        if range <= 0xFFFF_FFFF {
            if range == 0xFFFF_FFFF { return UInt64(generator.nextWord()) }
            while true {
                let value = UInt64(generator.nextWord()) & mask
                if value <= range { return value }
            }
        }
        if range == UInt64.max { return generator.nextUInt64() }
        while true {
            let value = generator.nextUInt64() & mask
            if value <= range { return value }
        }
    }

    /// `random_interval(max)`: a uniform integer in [0, max], the draw behind each swap of a shuffle.
    mutating func randomInterval(_ max: Int) -> Int {
        guard max > 0 else { return 0 }
        let limit = UInt64(max)
        let mask = Self.mask(covering: limit)
        while true {
            let value = limit <= 0xFFFF_FFFF ? UInt64(generator.nextWord()) & mask : generator.nextUInt64() & mask
            if value <= limit { return Int(value) }
        }
    }
}
