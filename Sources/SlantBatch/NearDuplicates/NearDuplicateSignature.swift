/// A compact MinHash of an article's word 5-gram shingles (Broder 1997), for finding the same
/// story run by two outlets. The text's words (letters and digits, ASCII lower-cased) are taken
/// five at a time; each of 128 hash functions, seeded by SplitMix64 from a fixed seed, keeps its
/// smallest value over the shingles, and the signature keeps the lowest 8 bits of each (b-bit
/// MinHash, Li and König 2010): 128 bytes an article, whatever its length. Two signatures agree
/// at one position with probability J + (1 − J) / 256, J being the Jaccard similarity of the
/// two shingle sets, which `similarity` inverts.
///
/// Texts with fewer than `minimumShingles` shingles get no signature: a few words in common
/// (a sign-off, a headline) are not a shared story.
public struct NearDuplicateSignature: Sendable, Hashable {
    public static let count = 128
    public static let shingleWords = 5
    public static let minimumShingles = 20
    static let seed: UInt64 = 0x5EED_0F_5A1A_0005

    public let bytes: [UInt8]

    public init?(bytes: [UInt8]) {
        guard bytes.count == Self.count else { return nil }
        self.bytes = bytes
    }

    private static let functionSeeds: [UInt64] = {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in generator.next() }
    }()

    /// The signature of `text` (UTF-8), or nil when it has too few words.
    public init?(text: [UInt8]) {
        let words = Self.wordHashes(String(decoding: text, as: UTF8.self))
        guard words.count >= Self.shingleWords + Self.minimumShingles - 1 else { return nil }
        var minimums = [UInt64](repeating: .max, count: Self.count)
        let seeds = Self.functionSeeds
        for start in 0...(words.count - Self.shingleWords) {
            var shingle: UInt64 = 0
            for word in words[start..<start + Self.shingleWords] { shingle = Self.mix(shingle ^ word) }
            for index in 0..<Self.count {
                let value = Self.mix(shingle ^ seeds[index])
                if value < minimums[index] { minimums[index] = value }
            }
        }
        bytes = minimums.map { UInt8(truncatingIfNeeded: $0) }
    }

    /// The estimated Jaccard similarity of the two texts' shingle sets, 0 to 1.
    public func similarity(to other: NearDuplicateSignature) -> Double {
        Self.similarity(bytes[...], other.bytes[...])
    }

    /// The same for two signatures' bytes as `OutletStatistics` keeps them, without copying.
    static func similarity(_ first: ArraySlice<UInt8>, _ second: ArraySlice<UInt8>) -> Double {
        var agreeing = 0
        for (left, right) in zip(first, second) where left == right { agreeing += 1 }
        let chance = 1.0 / 256
        return max(0, (Double(agreeing) / Double(count) - chance) / (1 - chance))
    }

    /// Four signature bytes as one number: `NearDuplicateFinder`'s LSH band `band`.
    static func band(_ band: Int, of bytes: ArraySlice<UInt8>) -> UInt32 {
        let start = bytes.startIndex + band * NearDuplicateFinder.rowsPerBand
        var value: UInt32 = 0
        for byte in bytes[start..<start + NearDuplicateFinder.rowsPerBand] { value = value << 8 | UInt32(byte) }
        return value
    }

    /// FNV-1a of each word's scalars; a word is a run of letters and digits, ASCII lower-cased.
    static func wordHashes(_ text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var inWord = false
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                var value = scalar.value
                if (65...90).contains(value) { value += 32 }
                hash ^= UInt64(value)
                hash &*= 0x0000_0100_0000_01B3
                inWord = true
            } else if inWord {
                hashes.append(hash)
                hash = 0xCBF2_9CE4_8422_2325
                inWord = false
            }
        }
        if inWord { hashes.append(hash) }
        return hashes
    }

    /// SplitMix64's finaliser: a well-spread 64-bit hash of a 64-bit value.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension NearDuplicateSignature {
    /// Two hex digits a byte, as the partial-results file writes it.
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 15)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    public init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == Self.count * 2 else { return nil }
        func value(_ digit: UInt8) -> UInt8? {
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
            default: nil
            }
        }
        var bytes: [UInt8] = []
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let high = value(digits[index]), let low = value(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        self.init(bytes: bytes)
    }
}
