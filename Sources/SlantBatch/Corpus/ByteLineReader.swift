/// Hands out the lines of a `ByteStream` one at a time. A line longer than `maxBytes` is not
/// kept in memory: only its length is reported, and reading goes on at the next line.
final class ByteLineReader {
    enum Content {
        case bytes([UInt8])
        case oversized(byteCount: Int)
    }

    private let stream: ByteStream
    private let maxBytes: Int
    private var buffer: [UInt8] = []
    private var position = 0
    private var lineNumber = 0

    init(stream: ByteStream, maxBytes: Int) {
        self.stream = stream
        self.maxBytes = maxBytes
    }

    var bytesRead: Int { stream.bytesRead }

    /// The next line without its line break, with its 1-based number; nil at the end.
    func next() throws -> (number: Int, content: Content)? {
        var pending: [UInt8] = []
        var oversizedCount: Int?
        func take(_ piece: ArraySlice<UInt8>) {
            if let count = oversizedCount {
                oversizedCount = count + piece.count
            } else if pending.count + piece.count > maxBytes {
                oversizedCount = pending.count + piece.count
                pending = []
            } else {
                pending += piece
            }
        }
        var sawBytes = false
        while true {
            if position < buffer.count {
                sawBytes = true
                if let newline = buffer[position...].firstIndex(of: UInt8(ascii: "\n")) {
                    take(buffer[position..<newline])
                    position = newline + 1
                    return finish(pending, oversizedCount)
                }
                take(buffer[position...])
                position = buffer.count
            }
            guard let chunk = try stream.nextChunk() else {
                return sawBytes ? finish(pending, oversizedCount) : nil
            }
            buffer = chunk
            position = 0
        }
    }

    private func finish(_ pending: [UInt8], _ oversizedCount: Int?) -> (number: Int, content: Content) {
        lineNumber += 1
        if let oversizedCount { return (lineNumber, .oversized(byteCount: oversizedCount)) }
        return (lineNumber, .bytes(pending))
    }
}
