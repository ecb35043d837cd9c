/// One article ready to audit: its text as bytes (validated by the auditor's decoder, not
/// here) and its metadata, with the file and line it came from.
struct CorpusRecord: Sendable {
    let file: String
    let line: Int
    let id: String?
    let group: String
    let title: String?
    let date: String?
    let url: String?
    let text: [UInt8]
}
