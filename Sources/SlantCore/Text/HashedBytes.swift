/// A run of bytes as a dictionary key, hashed eight bytes at a time. `ArraySlice<UInt8>`'s own
/// `Hashable` feeds `Hasher` one byte per call, which made looking for an article's repeated
/// lines (`RepeatedLines`, every byte of every line hashed twice) cost about as much as the
/// article's whole pattern scan. Equal digests are confirmed byte for byte.
struct HashedBytes: Hashable {
    let bytes: ArraySlice<UInt8>
    private let digest: UInt64

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        digest = bytes.withUnsafeBytes { Self.digest(of: $0) }
    }

    func hash(into hasher: inout Hasher) { hasher.combine(digest) }

    static func == (left: HashedBytes, right: HashedBytes) -> Bool {
        left.digest == right.digest && left.bytes == right.bytes
    }

    /// Multiply and fold over eight-byte words, the length and the last partial word included;
    /// `Hasher` mixes the result again, so this only has to keep different lines apart.
    private static func digest(of raw: UnsafeRawBufferPointer) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var digest = UInt64(raw.count) &* multiplier
        var offset = 0
        while offset + 8 <= raw.count {
            digest = (digest ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
            digest ^= digest &>> 32
            offset += 8
        }
        var last: UInt64 = 0
        var shift: UInt64 = 0
        while offset < raw.count {
            last |= UInt64(raw[offset]) &<< shift
            shift += 8
            offset += 1
        }
        digest = (digest ^ last) &* multiplier
        return digest ^ digest &>> 32
    }
}
