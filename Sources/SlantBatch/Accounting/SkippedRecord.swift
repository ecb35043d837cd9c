/// A record that was read but not audited, with where it is and why.
public struct SkippedRecord: Sendable, Codable, Hashable {
    public let file: String
    public let line: Int
    public let reason: SkipReason
    public let detail: String

    public init(file: String, line: Int, reason: SkipReason, detail: String) {
        self.file = file
        self.line = line
        self.reason = reason
        self.detail = detail
    }

    public var location: String { "\(file):\(line)" }
}
