import Foundation

/// An inline instruction to suppress findings, written in a comment:
///
///     slant-disable-next-line rule-id[, rule-id...] [-- reason]
///     slant-disable-line rule-id... [-- reason]
///     slant-disable [rule-id...] [-- reason]      (until slant-enable or the end of the file)
///     slant-enable [rule-id...]
///
/// Without rule ids a directive covers every rule.
public struct SuppressionDirective: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case disableNextLine = "slant-disable-next-line"
        case disableLine = "slant-disable-line"
        case disable = "slant-disable"
        case enable = "slant-enable"
    }

    public let kind: Kind
    /// Empty: every rule.
    public let ruleIDs: [String]
    public let reason: String?
    /// Where the comment starts and ends in the file.
    public let start: SourceLocation
    public let end: SourceLocation

    public init(kind: Kind, ruleIDs: [String], reason: String?, start: SourceLocation, end: SourceLocation) {
        self.kind = kind
        self.ruleIDs = ruleIDs
        self.reason = reason
        self.start = start
        self.end = end
    }

    public enum Parsed: Sendable, Hashable {
        case directive(SuppressionDirective)
        /// Starts with "slant-" but is not a directive: the message says why.
        case malformed(String)
        /// An ordinary comment.
        case none
    }

    /// Reads the body of a comment (`<!--` and `-->` or the brackets already removed).
    public static func parse(_ body: String, start: SourceLocation, end: SourceLocation) -> Parsed {
        let trimmed = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("slant-") else { return .none }
        var head = Substring(trimmed)
        var reason: String?
        if let separator = trimmed.range(of: "--") {
            head = trimmed[..<separator.lowerBound]
            let text = trimmed[separator.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
            reason = text.isEmpty ? nil : text
        }
        let words = head.split { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" }.map(String.init)
        guard let keyword = words.first, let kind = Kind(rawValue: keyword) else {
            let written = words.first ?? trimmed
            let suggestion =
                ClosestMatch.find(written, among: Kind.allCases.map(\.rawValue)).map { " (did you mean '\($0)'?)" } ?? ""
            return .malformed(
                "'\(written)' is not a slant directive\(suggestion); use slant-disable-next-line, slant-disable-line, slant-disable or slant-enable"
            )
        }
        return .directive(
            SuppressionDirective(kind: kind, ruleIDs: Array(words.dropFirst()), reason: reason, start: start, end: end))
    }

    /// The text as an editor would write it, for messages.
    public var written: String {
        ([kind.rawValue] + ruleIDs).joined(separator: " ")
    }
}
