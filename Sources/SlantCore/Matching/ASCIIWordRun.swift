/// The end of a run of ASCII word bytes (letters, digits, `_`), found eight bytes at a time:
/// the walk skips the rest of every word, and a byte-by-byte loop mispredicts its exit once
/// per word. Each byte's test is a few additions within its own lane (no carry crosses a
/// lane, since the high bit is cleared first), and the first byte that fails is the lowest set
/// bit.
enum ASCIIWordRun {
    /// The first offset at or after `start` whose byte is not an ASCII word byte, or `text.count`.
    @inline(__always)
    static func end(from start: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var offset = start
        let raw = UnsafeRawBufferPointer(text)
        while offset + 8 <= text.count {
            let others = nonWordBytes(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            if others != 0 { return offset + others.trailingZeroBitCount / 8 }
            offset += 8
        }
        while offset < text.count, PrefilteredPatternScanner.isASCIIWordByte(text[offset]) { offset += 1 }
        return offset
    }

    /// The high bit of each byte of `bytes` (little-endian) that is not an ASCII word byte.
    @inline(__always)
    static func nonWordBytes(_ bytes: UInt64) -> UInt64 {
        let low = bytes & ~ByteLanes.high
        // `x + 0x7F` has its high bit set when `x != 0`.
        let underscore = ~((low ^ 0x5F &* ByteLanes.ones) &+ 0x7F &* ByteLanes.ones) & ~bytes & ByteLanes.high
        return ~(ByteLanes.letterOrDigitLanes(bytes) | underscore) & ByteLanes.high
    }
}
