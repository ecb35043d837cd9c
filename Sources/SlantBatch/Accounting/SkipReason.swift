/// Why a record was not audited. Every skipped record carries one, so the accounting can say
/// records read = audited + skipped, by reason.
public enum SkipReason: String, Sendable, Codable, CaseIterable, Comparable {
    case malformedJSON = "malformed-json"
    case notAnObject = "not-an-object"
    case malformedCSV = "malformed-csv"
    case malformedFrontMatter = "malformed-front-matter"
    case missingField = "missing-field"
    case invalidUTF8 = "invalid-utf8"
    case binaryText = "binary-text"
    case emptyText = "empty-text"
    case tooLarge = "too-large"
    case unreadable
    /// Audited, but too little of it is about the conflict (`--min-relevance`): left out of the
    /// figures and listed per outlet.
    case offTopic = "off-topic"

    public var title: String {
        switch self {
        case .malformedJSON: "malformed JSON"
        case .notAnObject: "JSON value is not an object"
        case .malformedCSV: "malformed CSV row"
        case .malformedFrontMatter: "malformed front matter"
        case .missingField: "missing field"
        case .invalidUTF8: "invalid UTF-8"
        case .binaryText: "binary text"
        case .emptyText: "empty text"
        case .tooLarge: "record too large"
        case .unreadable: "unreadable file"
        case .offTopic: "off topic (relevance below --min-relevance)"
        }
    }

    public static func < (lhs: SkipReason, rhs: SkipReason) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
