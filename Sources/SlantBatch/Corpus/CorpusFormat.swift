/// How an input is laid out. Files are recognised by extension; `--input-format` decides for
/// standard input and for unknown extensions.
public enum CorpusFormat: String, Sendable, Codable, CaseIterable {
    /// One JSON object per line (`.jsonl`, `.ndjson`, `.json`). Any format may be gzip-compressed
    /// (`.jsonl.gz`).
    case jsonLines = "jsonl"
    /// A header row naming the fields, then one article per row (RFC 4180 quoting).
    case csv
    /// As CSV, tab-separated.
    case tsv
    /// One article per file, metadata in YAML front matter or a sidecar manifest.
    case text
    /// A folder of `.txt` / `.md` articles (searched recursively), with front matter or a
    /// sidecar manifest (`manifest.csv`, `manifest.jsonl` or `manifest.json`).
    case directory

    /// The format an extension implies, or nil when it implies none.
    public static func forExtension(_ fileExtension: String) -> CorpusFormat? {
        switch fileExtension.lowercased() {
        case "jsonl", "ndjson", "json": .jsonLines
        case "csv": .csv
        case "tsv", "tab": .tsv
        case "txt", "md", "markdown", "text": .text
        default: nil
        }
    }

    /// Article files inside a directory.
    static let articleExtensions: Set<String> = ["txt", "md", "markdown", "text"]
}
