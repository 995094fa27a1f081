/// CPython's hashes of numbers and tuples, so `hash(1.5)` and `hash((1, 2))` print CPython's values, and `1`,
/// `1.0` and `True` are one key. Strings get a deterministic hash of Gradbook's own (CPython randomizes them).
enum PythonHash {
    /// 2**61 - 1, the modulus of CPython's numeric hash.
    static let modulus: UInt64 = (1 << 61) - 1

    /// `hash(i)` for an int.
    static func int(_ i: Int) -> Int {
        var h = Int(UInt64(i.magnitude) % modulus)
        if i < 0 { h = -h }
        return h == -1 ? -2 : h
    }

    /// `hash(d)` for a float: an integral value hashes as the int, others by CPython's reduction modulo 2**61-1.
    static func float(_ d: Double) -> Int {
        if d.isNaN { return 0 }
        if d.isInfinite { return d > 0 ? 314_159 : -314_159 }
        if d == d.rounded(), abs(d) < 9.2e18 { return int(Int(d)) }
        var m = abs(d)
        var e = 0
        // frexp: m = mantissa in [0.5, 1), d = m * 2**e.
        let exponent = m.exponent + 1
        m = m / Double(sign: .plus, exponent: Int(exponent), significand: 1)
        e = Int(exponent)
        var x: UInt64 = 0
        while m != 0 {
            x = ((x << 28) & modulus) | x >> (61 - 28)
            m *= 268_435_456.0
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        let shift = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
        x = ((x << UInt64(shift)) & modulus) | x >> UInt64(61 - shift)
        var h = Int(x)
        if d < 0 { h = -h }
        return h == -1 ? -2 : h
    }

    /// `hash(s)`: FNV-1a over the UTF-8 bytes, folded like CPython's numeric hashes.
    static func string(_ s: String) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in s.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01b3
        }
        let folded = Int(truncatingIfNeeded: h >> 1)
        return folded == -1 ? -2 : folded
    }

    /// `hash(t)` for a tuple whose elements hash to `hashes`: CPython 3.8+'s xxHash-based algorithm.
    static func tuple(_ hashes: [Int]) -> Int {
        let prime1: UInt64 = 11_400_714_785_074_694_791
        let prime2: UInt64 = 14_029_467_366_897_019_727
        let prime5: UInt64 = 2_870_177_450_012_600_261
        var acc = prime5
        for h in hashes {
            acc = acc &+ UInt64(bitPattern: Int64(h)) &* prime2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* prime1
        }
        acc = acc &+ (UInt64(hashes.count) ^ (prime5 ^ 3_527_539))
        if acc == UInt64.max { return 1_546_275_796 }
        return Int(Int64(bitPattern: acc))
    }

    /// The hash of an object by identity, from its `id()` number, as CPython rotates an address.
    static func identity(_ number: Int) -> Int {
        let x = UInt64(bitPattern: Int64(number))
        let rotated = (x >> 4) | (x << 60)
        let h = Int(Int64(bitPattern: rotated))
        return h == -1 ? -2 : h
    }
}
