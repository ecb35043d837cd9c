/// A newsroom's own term: what it matches and what the newsroom writes instead.
public struct HouseTerm: Sendable {
    public let id: String
    public let patterns: [String]
    public let preferred: [String]
    public let severity: Severity
    public let reason: String
    public let file: String
    public let line: Int?

    public init(
        id: String, patterns: [String], preferred: [String], severity: Severity, reason: String, file: String,
        line: Int?
    ) {
        self.id = id
        self.patterns = patterns
        self.preferred = preferred
        self.severity = severity
        self.reason = reason
        self.file = file
        self.line = line
    }

    /// The pattern for a plain term: the words as written, caseless, whole words, with an
    /// optional plural "s"/"es" on the last word ("illegal alien" finds "illegal aliens").
    /// Starts with `\b` and a letter, so it takes the scanner's fast path.
    public static func pattern(forTerm term: String) -> String {
        let words = term.split(separator: " ").map { word in
            String(word).map { character in
                "\\^$.|?*+()[]{}/".contains(character) ? "\\\(character)" : String(character)
            }.joined()
        }
        return "\\b" + words.joined(separator: " ") + "(?:s|es)?\\b"
    }

    /// The term as a lexicon rule of the `house-style` pack (a loaded term in the check's terms).
    var rule: LexiconRule {
        LexiconRule(
            id: id, pack: HouseStyle.packName, category: .loadedTerm, severity: severity, patterns: patterns,
            caseSensitive: false,
            message: "\"%s\": house style prefers \(preferred.map { "\"\($0)\"" }.joined(separator: " or "))",
            rationale: reason, source: "house style (\(file))", link: nil, alternatives: preferred, exceptions: [],
            examples: RuleExamples(match: [], noMatch: []), emotive: false, polarity: nil, verbClass: nil,
            casualtyForm: nil, line: line ?? 0)
    }
}
