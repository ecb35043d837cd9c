import Foundation

/// One known finding: the file, the rule and the text of the line it is on. Not the line number,
/// so lines that move stay baselined, and an edited line is a new line whose findings reappear.
public struct BaselineEntry: Sendable, Codable, Hashable, Comparable {
    public let path: String
    public let ruleID: String
    public let lineText: String

    public init(path: String, ruleID: String, lineText: String) {
        self.path = path
        self.ruleID = ruleID
        self.lineText = lineText
    }

    public init(path: String, finding: CheckFinding) {
        self.init(path: path, ruleID: finding.ruleID, lineText: finding.lineText)
    }

    /// A stable hash of the key, for SARIF's `partialFingerprints`: code-scanning services use it
    /// to follow a result across commits the way the baseline does.
    public var fingerprint: String {
        let key = [path, ruleID, lineText].joined(separator: "\u{0}")
        return SHA256Hex.of(Array(key.utf8))
    }

    public static func < (lhs: BaselineEntry, rhs: BaselineEntry) -> Bool {
        (lhs.path, lhs.ruleID, lhs.lineText) < (rhs.path, rhs.ruleID, rhs.lineText)
    }
}
