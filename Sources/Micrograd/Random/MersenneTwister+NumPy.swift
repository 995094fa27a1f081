/// The words numpy's MT19937 bit generator hands to `RandomState`: doubles, 32-bit and 64-bit integers.
extension MersenneTwister {
    /// `mt19937_next_double`: 27 bits of one word and 26 of the next, a double in [0, 1) on a 2⁻⁵³ grid (the same
    /// formula as CPython's `random()`).
    mutating func nextDouble() -> Double {
        let high = Double(nextWord() >> 5)
        let low = Double(nextWord() >> 6)
        return (high * 67_108_864.0 + low) / 9_007_199_254_740_992.0
    }

    /// `mt19937_next64`: the first word is the high half. (The C expression leaves the order of its two calls to the
    /// compiler; numpy's wheels draw the high half first, as `Fixtures/numpy_random.json` confirms.)
    mutating func nextUInt64() -> UInt64 {
        let high = UInt64(nextWord())
        let low = UInt64(nextWord())
        return high << 32 | low
    }
}
