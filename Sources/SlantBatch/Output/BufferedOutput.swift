/// Text written a piece at a time to a file descriptor through a buffer of `capacity` bytes:
/// a report that grows with the corpus (the off-topic list) is written as it is made, so it is
/// never whole in memory, in a few large writes rather than one per line.
public final class BufferedOutput {
    private let descriptor: Int32
    /// Names the destination in an error (a file, or "" for standard output).
    private let path: String
    private var buffer: [UInt8] = []
    private let capacity: Int

    public init(descriptor: Int32, path: String, capacity: Int = 1 << 16) {
        self.descriptor = descriptor
        self.path = path
        self.capacity = capacity
        buffer.reserveCapacity(capacity)
    }

    public func write(_ text: String) throws(OutputProblem) {
        buffer += text.utf8
        if buffer.count >= capacity { try flush() }
    }

    public func write(_ bytes: some Sequence<UInt8>) throws(OutputProblem) {
        buffer += bytes
        if buffer.count >= capacity { try flush() }
    }

    public func flush() throws(OutputProblem) {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        try buffer.withUnsafeBytes { bytes in
            Result { () throws(OutputProblem) in try FileDescriptorWriter.writeAll(bytes, to: descriptor, path: path) }
        }.get()
    }
}
