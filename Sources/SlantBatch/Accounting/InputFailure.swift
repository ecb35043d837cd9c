/// A problem with an input as a whole, not with one record: a path that cannot be read, an
/// unknown format, a broken row of a sidecar manifest. Listed in the accounting; such inputs
/// contribute no records.
public struct InputFailure: Sendable, Codable, Hashable {
    public let file: String
    /// The line of a manifest row, or nil for the whole input.
    public let line: Int?
    public let problem: String

    public init(file: String, line: Int? = nil, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var location: String { line.map { "\(file):\($0)" } ?? file }
}
