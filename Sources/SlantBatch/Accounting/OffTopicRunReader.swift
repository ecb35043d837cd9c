/// Reads an `OffTopicRun` from its start, a chunk at a time: the memory of one chunk, whatever
/// the run's size.
struct OffTopicRunReader {
    private let run: OffTopicRun
    private var buffer: [UInt8] = []
    private var position = 0
    /// The file offset just past the buffer's bytes.
    private var fileOffset = 0
    private var remaining: Int

    init(_ run: OffTopicRun) {
        self.run = run
        remaining = run.count
    }

    /// The next article, or nil after the last one.
    mutating func next() -> OffTopicArticle? {
        guard remaining > 0 else { return nil }
        remaining -= 1
        let group = string()!
        let id = string()!
        let title = string()
        let sentences = Int(Int64(bitPattern: integer(bytes: 8)))
        let topicSentences = Int(Int64(bitPattern: integer(bytes: 8)))
        return OffTopicArticle(group: group, id: id, title: title, sentences: sentences, topicSentences: topicSentences)
    }

    private mutating func string() -> String? {
        let length = integer(bytes: 4)
        guard length != UInt64(UInt32.max) else { return nil }
        ensure(Int(length))
        defer { position += Int(length) }
        return String(decoding: buffer[position..<(position + Int(length))], as: UTF8.self)
    }

    private mutating func integer(bytes: Int) -> UInt64 {
        ensure(bytes)
        var value: UInt64 = 0
        for index in 0..<bytes { value |= UInt64(buffer[position + index]) << (8 * index) }
        position += bytes
        return value
    }

    /// At least `count` unread bytes in the buffer: the run was written by this process, so
    /// they are in the file; a read that comes short means the file was damaged under us.
    private mutating func ensure(_ count: Int) {
        guard buffer.count - position < count else { return }
        buffer.removeSubrange(..<position)
        position = 0
        let wanted = max(count - buffer.count, OffTopicRun.chunkSize)
        let start = buffer.count
        buffer += repeatElement(0, count: wanted)
        let got = buffer.withUnsafeMutableBytes {
            run.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[start...]), at: fileOffset)
        }
        fileOffset += got
        buffer.removeLast(wanted - got)
        precondition(buffer.count >= count, "a temporary file of off-topic articles was cut short")
    }
}
