/// A record as the reader found it, before any parsing: splitting a stream into records is
/// sequential, but parsing JSON, CSV fields and front matter is done by the workers in
/// parallel.
struct RawRecord: Sendable {
    enum Payload: Sendable {
        case jsonLine([UInt8])
        case csvRow([UInt8], header: CSVHeader)
        /// A whole article file; `manifest` holds its sidecar manifest row, if any.
        case articleFile([UInt8], relativePath: String, manifest: [String: String]?)
        /// Known to be unusable while reading (too large, an unterminated quote ...).
        case rejected(SkipReason, detail: String)
    }

    let file: String
    /// 1-based line of the file where the record starts (1 for a whole-file article).
    let line: Int
    let payload: Payload
}

/// A CSV file's header row and delimiter, shared by all its rows.
struct CSVHeader: Sendable {
    let names: [String]
    let delimiter: UInt8
}
