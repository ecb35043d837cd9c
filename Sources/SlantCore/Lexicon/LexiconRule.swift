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

    /// The message with each `%s` replaced by the matched text. Written out over bytes:
    /// Foundation's `replacingOccurrences` was a visible cost at one call per finding.
    public func message(for matchedText: String) -> String {
        Self.message(message, for: matchedText)
    }

    /// `template` with each `%s` replaced by the matched text. Static, so a caller holding the
    /// rule in an array passes only the template (calling through the element copies the rule).
    static func message(_ message: String, for matchedText: String) -> String {
        var template = message
        var matched = matchedText
        return template.withUTF8 { template in
            // `%s` found left to right, each pair of bytes used once (`%%s` is `%` and a `%s`).
            var slots = 0
            var index = 0
            while index + 1 < template.count {
                if template[index] == UInt8(ascii: "%") && template[index + 1] == UInt8(ascii: "s") {
                    slots += 1
                    index += 2
                } else {
                    index += 1
                }
            }
            // Most messages hold one `%s`; one without is returned as it is, sharing its storage.
            guard slots > 0 else { return message }
            return matched.withUTF8 { matched in
                // Written straight into the new string's storage, with no byte array between.
                String(unsafeUninitializedCapacity: template.count + slots * (matched.count - 2)) { result in
                    var written = 0
                    var index = 0
                    while index < template.count {
                        if index + 1 < template.count && template[index] == UInt8(ascii: "%")
                            && template[index + 1] == UInt8(ascii: "s")
                        {
                            for byte in matched {
                                result[written] = byte
                                written += 1
                            }
                            index += 2
                        } else {
                            result[written] = template[index]
                            written += 1
                            index += 1
                        }
                    }
                    return written
                }
            }
        }
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
