/// An article's evidence line as its worker hands it to the writer: as it is, or already
/// compressed for a `.jsonl.gz` file (`--gzip-evidence`).
enum EvidenceLine: Sendable {
    case plain([UInt8])
    case deflated(DeflatedEvidence)
}
