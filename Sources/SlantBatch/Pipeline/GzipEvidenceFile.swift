import CZlib

/// What one outlet's `.jsonl.gz` needs around its pieces (`DeflatedEvidence`): a fixed header
/// before the first (no name, no time stamp: the same content gives the same bytes) and, after
/// the last, an empty final block and the trailer, whose CRC-32 and length are summed from the
/// pieces' as they are appended. Twelve bytes of state per outlet, whatever its size.
struct GzipEvidenceFile {
    /// Magic, deflate, no flags, time 0, no extra flags, Unix.
    static let header: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]

    private var crc: UInt32 = 0
    private var length: UInt64 = 0

    mutating func append(_ piece: DeflatedEvidence) {
        crc = UInt32(crc32_combine(UInt(crc), UInt(piece.crc), off_t(piece.length)))
        length += UInt64(piece.length)
    }

    /// The final block (empty, fixed Huffman codes: the bits 1, 01 and the end-of-block code)
    /// and the trailer: CRC-32 and length modulo 2^32, little-endian.
    var ending: [UInt8] {
        let size = UInt32(truncatingIfNeeded: length)
        return [0x03, 0x00] + [0, 8, 16, 24].map { UInt8(truncatingIfNeeded: crc >> $0) }
            + [0, 8, 16, 24].map { UInt8(truncatingIfNeeded: size >> $0) }
    }
}
