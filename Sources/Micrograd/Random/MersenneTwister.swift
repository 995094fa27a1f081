/// The MT19937 generator exactly as CPython's `_randommodule.c` drives it, so seeded Swift runs draw the same
/// 32-bit words as `random.Random(seed)` does.
///
/// Only the parts CPython and numpy use are here: `init_genrand` (numpy's integer seeds), `init_by_array` (how
/// every CPython integer seed and numpy's sequence seeds enter), and `genrand_uint32` with the standard tempering.
/// Generating one word is O(1) amortised: the 624-word state is regenerated in one pass every 624 draws.
struct MersenneTwister: Sendable {
    private static let stateSize = 624
    private static let shift = 397
    private static let matrixA: UInt32 = 0x9908_b0df
    private static let upperMask: UInt32 = 0x8000_0000
    private static let lowerMask: UInt32 = 0x7fff_ffff

    private var state: [UInt32]
    private var index: Int

    /// A generator keyed like CPython's `init_by_array(key)`; `key` must not be empty (CPython uses `[0]` for 0).
    init(key: [UInt32]) {
        state = MersenneTwister.initialState(seed: 19_650_218)
        index = MersenneTwister.stateSize
        mix(key: key.isEmpty ? [0] : key)
    }

    /// A generator seeded from one word by `init_genrand` alone, with no `init_by_array` mixing: numpy's
    /// `mt19937_seed`, which `RandomState(seed)` uses for an integer seed.
    init(seed: UInt32) {
        state = MersenneTwister.initialState(seed: seed)
        index = MersenneTwister.stateSize
    }

    /// `init_genrand(s)`: Knuth's linear recurrence fills the state from one word.
    private static func initialState(seed: UInt32) -> [UInt32] {
        var words = [UInt32](repeating: 0, count: stateSize)
        words[0] = seed
        for i in 1..<stateSize {
            let previous = words[i - 1]
            words[i] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(i)
        }
        return words
    }

    /// The two mixing passes of `init_by_array`, word for word as in the reference C code.
    private mutating func mix(key: [UInt32]) {
        let n = MersenneTwister.stateSize
        var i = 1
        var j = 0
        for _ in 0..<max(n, key.count) {
            let previous = state[i - 1]
            state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= n {
                state[0] = state[n - 1]
                i = 1
            }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(n - 1) {
            let previous = state[i - 1]
            state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= n {
                state[0] = state[n - 1]
                i = 1
            }
        }
        state[0] = 0x8000_0000  // MSB is 1, assuring a non-zero initial array
    }

    /// `genrand_uint32`: the next tempered 32-bit word.
    mutating func nextWord() -> UInt32 {
        if index >= MersenneTwister.stateSize { regenerate() }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// Produces the next 624 untempered words in place.
    private mutating func regenerate() {
        let n = MersenneTwister.stateSize
        let m = MersenneTwister.shift
        for k in 0..<n {
            let y = (state[k] & MersenneTwister.upperMask) | (state[(k + 1) % n] & MersenneTwister.lowerMask)
            let twisted = (y >> 1) ^ ((y & 1) == 0 ? 0 : MersenneTwister.matrixA)
            state[k] = state[(k + m) % n] ^ twisted
        }
        index = 0
    }
}
