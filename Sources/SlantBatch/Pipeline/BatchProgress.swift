/// How far a run has got, for a progress bar.
public struct BatchProgress: Sendable {
    public let records: Int
    public let skipped: Int
    public let bytesRead: Int
    /// The size of all inputs, when they are all regular files.
    public let totalBytes: Int?
}
