import Foundation
import PCRE2

/// Which articles are opinion pieces (`--opinion-field`, `--opinion-url-pattern`): columns,
/// editorials and op-eds speak in their author's voice, so their loaded terms are not the
/// newsroom's. A marked piece is reported in a group of its own, "<outlet> (opinion)", beside the
/// outlet's news; an article neither option marks is news.
///
/// The field marks a piece when its value is one of `values` (compared case-insensitively,
/// trimmed), or, with no values given, when it is present and not blank, `false`, `no` or `0`.
/// The URL pattern is a PCRE2 pattern, caseless, searched anywhere in the URL.
public struct OpinionMarking: Sendable, Hashable, Codable {
    public static let groupSuffix = " (opinion)"

    public let field: String?
    public let values: [String]
    public let urlPattern: String?

    /// Checked when the marking is made, so a pattern that does not compile never reaches a run.
    public init(field: String? = nil, values: [String] = [], urlPattern: String? = nil) throws(RegexCompileError) {
        self.field = field
        self.values = values.map(Self.normalized).sorted()
        self.urlPattern = urlPattern
        if let urlPattern { _ = try Regex(urlPattern) }
    }

    /// `NAME` or `NAME=VALUE,VALUE...` as `--opinion-field` takes it.
    public init(fieldSpecification: String?, urlPattern: String?) throws(RegexCompileError) {
        guard let fieldSpecification else {
            try self.init(urlPattern: urlPattern)
            return
        }
        let parts = fieldSpecification.split(separator: "=", maxSplits: 1).map(String.init)
        let values = parts.count > 1 ? parts[1].split(separator: ",").map(String.init) : []
        try self.init(field: parts.first ?? fieldSpecification, values: values, urlPattern: urlPattern)
    }

    /// The group an opinion piece is reported in.
    public static func group(of outlet: String) -> String { outlet + groupSuffix }

    /// One line for the report's method.
    public var description: String {
        var marks: [String] = []
        if let field {
            marks.append(
                values.isEmpty
                    ? "the field \"\(field)\" is set (not blank, false, no or 0)"
                    : "the field \"\(field)\" is " + values.map { "\"\($0)\"" }.joined(separator: " or "))
        }
        if let urlPattern { marks.append("the URL matches `\(urlPattern)` (PCRE2, caseless)") }
        return marks.joined(separator: ", or ")
    }

    /// Whether a record whose opinion field holds `value` is an opinion piece.
    public func marks(fieldValue value: String?) -> Bool {
        guard field != nil, let value else { return false }
        let normalized = Self.normalized(value)
        if values.isEmpty { return !["", "false", "no", "0"].contains(normalized) }
        return values.contains(normalized)
    }

    private static func normalized(_ value: String) -> String {
        value.trimmingCharacters(in: .whitespaces).lowercased()
    }
}

/// An `OpinionMarking` with its URL pattern compiled, used on the workers.
struct OpinionMarker: Sendable {
    let marking: OpinionMarking
    private let urlPattern: Regex?

    init(_ marking: OpinionMarking) {
        self.marking = marking
        // The pattern compiled when the marking was made.
        urlPattern = marking.urlPattern.flatMap { try? Regex($0) }
    }

    /// A URL too complex for the match limits counts as not marked: URLs are short, so this
    /// does not happen on real data.
    func isOpinion(_ record: CorpusRecord, scratch: MatchScratch) -> Bool {
        if marking.marks(fieldValue: record.opinion) { return true }
        guard let urlPattern, let url = record.url else { return false }
        return (try? urlPattern.firstMatch(in: url, scratch: scratch)) != nil
    }
}
