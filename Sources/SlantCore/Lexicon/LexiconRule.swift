/// One lexicon rule: what it matches, why the match matters, what to write instead, and the
/// examples that prove the patterns do what the rationale says.
public struct LexiconRule: Sendable, Codable, Hashable {
    public let id: String
    public let pack: String
    public let category: RuleCategory
    public let severity: Severity
    public let patterns: [String]
    public let caseSensitive: Bool
    public let message: String
    public let rationale: String
    public let source: String
    public let link: String?
    public let alternatives: [String]
    public let exceptions: [String]
    public let examples: RuleExamples
    /// Emotive victim descriptors (slaughter, massacre ...), counted per victim side.
    public let emotive: Bool
    public let polarity: LabelPolarity?
    public let verbClass: VerbClass?
    public let casualtyForm: CasualtyForm?
    /// Where the rule starts in its pack file.
    public let line: Int

    /// The message with `%s` replaced by the matched text.
    /// The message with each `%s` replaced by the matched text. Written out over bytes:
    /// Foundation's `replacingOccurrences` was a visible cost at one call per finding.
    public func message(for matchedText: String) -> String {
        Self.message(message, for: matchedText)
    }

    /// `template` with each `%s` replaced by the matched text. Static, so a caller holding the
    /// rule in an array passes only the template (calling through the element copies the rule).
    static func message(_ message: String, for matchedText: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(message.utf8.count + matchedText.utf8.count)
        var afterPercent = false
        for byte in message.utf8 {
            if afterPercent {
                afterPercent = false
                if byte == UInt8(ascii: "s") {
                    result.append(contentsOf: matchedText.utf8)
                    continue
                }
                result.append(UInt8(ascii: "%"))
            }
            if byte == UInt8(ascii: "%") {
                afterPercent = true
            } else {
                result.append(byte)
            }
        }
        if afterPercent { result.append(UInt8(ascii: "%")) }
        return String(decoding: result, as: UTF8.self)
    }
}

/// Text a rule must match and text it must not. `[[...]]` in a `match` example marks the exact
/// text the rule must match there.
public struct RuleExamples: Sendable, Codable, Hashable {
    public let match: [String]
    public let noMatch: [String]

    public init(match: [String], noMatch: [String]) {
        self.match = match
        self.noMatch = noMatch
    }
}
