import Testing

@testable import SlantCore

/// The eight-at-a-time word end must be the byte-by-byte one, for every byte value in every lane.
@Suite struct ASCIIWordRunTests {
    static func byteByByteEnd(from start: Int, in bytes: [UInt8]) -> Int {
        var offset = start
        while offset < bytes.count, PrefilteredPatternScanner.isASCIIWordByte(bytes[offset]) { offset += 1 }
        return offset
    }

    @Test func everyByteValueInEveryLane() {
        for value in UInt8.min...UInt8.max {
            for lane in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 12)
                bytes[lane] = value
                let found = bytes.withUnsafeBufferPointer { ASCIIWordRun.end(from: 0, in: $0) }
                #expect(found == Self.byteByByteEnd(from: 0, in: bytes), "byte \(value) in lane \(lane)")
            }
        }
    }

    @Test(arguments: [21, 22, 23] as [UInt64])
    func randomBuffersAndStarts(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let alphabet =
            Array("aZ09_ -.@[`{/:\u{7F}é€😀ſ\u{212A}\n".utf8) + [0x00, 0x80, 0xBF, 0xC0, 0xFF, 0x5E, 0x60, 0x2F, 0x3A, 0x40]
        for _ in 0..<2_000 {
            let bytes = (0..<random.next(below: 40)).map { _ in
                random.next(below: 3) == 0 ? alphabet[random.next(below: alphabet.count)] : UInt8(ascii: "q")
            }
            let start = random.next(below: bytes.count + 1)
            let found = bytes.withUnsafeBufferPointer { ASCIIWordRun.end(from: start, in: $0) }
            #expect(found == Self.byteByByteEnd(from: start, in: bytes))
        }
    }
}
