/// A finding kept out of the results, and why: an inline directive (with its reason) or the
/// baseline. Machine formats keep them (SARIF marks them suppressed) so nothing disappears silently.
public struct SuppressedFinding: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable {
        /// A comment in the file.
        case inSource
        /// An entry in the baseline file.
        case baseline
    }

    public let finding: CheckFinding
    public let kind: Kind
    public let reason: String?

    public init(finding: CheckFinding, kind: Kind, reason: String?) {
        self.finding = finding
        self.kind = kind
        self.reason = reason
    }
}
