/// SplitMix64 (Steele, Lea and Flood 2014, as in Java's SplittableRandom): a small generator
/// whose whole definition is below, so a seed gives the same resamples on every platform and
/// Swift version. Not for cryptography.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound: the high word of a 64x64-bit product (Lemire 2019, without the
    /// rejection step; its bias, below bound / 2^64, is immaterial here).
    mutating func next(below bound: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A seed for one outlet: the run's seed mixed with the FNV-1a hash of the outlet's name, so
    /// each outlet's resamples depend on nothing but the seed, its name and its articles.
    static func seed(_ seed: UInt64, label: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in label.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        var mixer = SplitMix64(seed: seed ^ hash)
        return mixer.next()
    }
}
