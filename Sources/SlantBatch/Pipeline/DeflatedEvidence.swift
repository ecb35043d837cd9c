/// One evidence line compressed by `EvidenceDeflater`: what the writer appends, and the CRC-32
/// and length of the line it stands for, which the gzip trailer sums up.
struct DeflatedEvidence: Sendable {
    let bytes: [UInt8]
    let crc: UInt32
    let length: Int
}
