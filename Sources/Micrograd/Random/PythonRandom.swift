import Foundation

/// CPython 3.11's `random.Random`, bit for bit, so that a lesson seeded like the lecture draws the lecture's numbers.
///
/// ```swift
/// var random = PythonRandom(seed: 42)
/// random.random()          // 0.6394267984578837, as `random.seed(42); random.random()`
/// random.uniform(-1, 1)    // -0.9499784895546661
/// ```
///
/// Every method consumes the underlying Mersenne Twister exactly as CPython's does (same words, same order), so
/// calls can be mixed freely and stay in step with Python. Floating-point work (`gauss`) uses the platform `libm`,
/// as CPython does.
public struct PythonRandom: Sendable {
    private var generator: MersenneTwister
    /// `random.py`'s `gauss_next`: `gauss` makes values in pairs and keeps the second for the next call.
    private var gaussNext: Double?

    /// A generator in the state `random.Random(seed)` starts in.
    public init(seed: Int) {
        generator = MersenneTwister(key: PythonRandom.key(for: seed))
        gaussNext = nil
    }

    /// `random.seed(seed)` for an integer: restarts the sequence and forgets a cached `gauss` value.
    public mutating func seed(_ seed: Int) {
        self = PythonRandom(seed: seed)
    }

    /// CPython's key for an integer seed: `abs(seed)` in 32-bit words, least significant first; 0 gives `[0]`.
    static func key(for seed: Int) -> [UInt32] {
        var magnitude = seed.magnitude
        var words: [UInt32] = []
        repeat {
            words.append(UInt32(truncatingIfNeeded: magnitude))
            magnitude >>= 32
        } while magnitude != 0
        return words
    }

    /// `random()`: a double in [0, 1) built from 53 random bits (27 from one word, 26 from the next).
    public mutating func random() -> Double {
        let high = Double(generator.nextWord() >> 5)
        let low = Double(generator.nextWord() >> 6)
        return (high * 67_108_864.0 + low) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `uniform(a, b)`: `a + (b - a) * random()`, the formula behind every weight the lecture initialises.
    public mutating func uniform(_ a: Double, _ b: Double) -> Double {
        a + (b - a) * random()
    }

    /// `gauss(mu, sigma)`: Box–Muller pairs; the second value of a pair is returned by the next call.
    public mutating func gauss(_ mu: Double, _ sigma: Double) -> Double {
        if let cached = gaussNext {
            gaussNext = nil
            return mu + cached * sigma
        }
        let angle = random() * (2 * Double.pi)
        let radius = (-2.0 * Foundation.log(1.0 - random())).squareRoot()
        gaussNext = Foundation.sin(angle) * radius
        return mu + Foundation.cos(angle) * radius * sigma
    }

    /// `getrandbits(k)` for `0 ≤ k ≤ 64` (other `k` are clamped into that range): whole words fill the low bits
    /// first, and the last word is shifted down to the bits still needed.
    public mutating func getrandbits(_ k: Int) -> UInt64 {
        var remaining = min(max(k, 0), 64)
        if remaining == 0 { return 0 }
        if remaining <= 32 { return UInt64(generator.nextWord() >> UInt32(32 - remaining)) }
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while remaining > 0 {
            var word = generator.nextWord()
            if remaining < 32 { word >>= UInt32(32 - remaining) }
            result |= UInt64(word) << shift
            shift += 32
            remaining -= 32
        }
        return result
    }

    /// `_randbelow(n)` (`_randbelow_with_getrandbits`): a uniform integer in `0..<n` by rejection sampling on
    /// `n.bit_length()` bits. It is also `randrange(n)`. Returns 0 when `n ≤ 0`, where Python would raise.
    public mutating func randomBelow(_ n: Int) -> Int {
        guard n > 0 else { return 0 }
        let bits = Int.bitWidth - n.leadingZeroBitCount
        var candidate = getrandbits(bits)
        while candidate >= UInt64(n) { candidate = getrandbits(bits) }
        return Int(candidate)
    }

    /// `shuffle(x)`: Fisher–Yates from the end, as `random.py` does it.
    public mutating func shuffle<T>(_ elements: inout [T]) {
        var i = elements.count - 1
        while i >= 1 {
            let j = randomBelow(i + 1)
            elements.swapAt(i, j)
            i -= 1
        }
    }

    /// `choice(seq)`: one element, or `nil` for an empty array (where Python raises `IndexError`).
    public mutating func choice<T>(_ elements: [T]) -> T? {
        guard !elements.isEmpty else { return nil }
        return elements[randomBelow(elements.count)]
    }
}
