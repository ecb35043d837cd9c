/// Tests on eight bytes at once, one per lane of a `UInt64` loaded from the text (the lowest
/// address in the lowest lane), for the scans that read every byte of every article. A lane's
/// answer is its high bit.
enum ByteLanes {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let high: UInt64 = 0x8080_8080_8080_8080

    /// Whether some lane is zero (the classic test: exact for "some", not for "which").
    @inline(__always)
    static func hasZero(_ lanes: UInt64) -> Bool {
        (lanes &- ones) & ~lanes & high != 0
    }

    /// Whether some lane holds `byte`.
    @inline(__always)
    static func has(_ byte: UInt8, in lanes: UInt64) -> Bool {
        hasZero(lanes ^ ones &* UInt64(byte))
    }

    /// The high bit of each lane holding an ASCII letter or digit. Adding `0x80 - n` to a lane
    /// with its high bit cleared sets that bit exactly when the lane is at least `n`, and no carry
    /// reaches the next lane; lanes above ASCII are left out at the end.
    @inline(__always)
    static func letterOrDigitLanes(_ lanes: UInt64) -> UInt64 {
        let low = lanes & ~high
        let digit = (low &+ (0x80 - 0x30) &* ones) & ~(low &+ (0x80 - 0x3A) &* ones)
        let folded = low | 0x20 &* ones
        let letter = (folded &+ (0x80 - 0x61) &* ones) & ~(folded &+ (0x80 - 0x7B) &* ones)
        return (digit | letter) & ~lanes & high
    }

    /// The lanes with ASCII capitals lower-cased (other lanes unchanged): 0x20 added to each
    /// lane from `A` to `Z`, found with the same carry-free comparisons.
    @inline(__always)
    static func asciiLowercased(_ lanes: UInt64) -> UInt64 {
        let low = lanes & ~high
        let capital = (low &+ (0x80 - 0x41) &* ones) & ~(low &+ (0x80 - 0x5B) &* ones) & ~lanes & high
        return lanes | capital &>> 2
    }

    /// The high bit of each lane holding exactly `byte` (exact, unlike `has`, which only says
    /// whether some lane does): a lane's low seven bits plus 0x7F carry into its high bit
    /// exactly when they are not all zero, and never into the next lane.
    @inline(__always)
    static func lanes(equalTo byte: UInt8, in lanes: UInt64) -> UInt64 {
        let difference = lanes ^ ones &* UInt64(byte)
        return ~(((difference & ~high) &+ ~high) | difference) & high
    }

    /// The lanes' high bits gathered into the low eight bits (lane i's into bit i). The product
    /// puts lane i's bit at 56 + i; its other terms land on distinct bits below 56 or past 63,
    /// so no carry reaches the top byte.
    @inline(__always)
    static func bitPerLane(_ lanes: UInt64) -> UInt64 {
        ((lanes & high) &* 0x0002_0408_1020_4081) >> 56
    }
}
