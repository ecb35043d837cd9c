import Foundation

/// Off-topic articles in canonical order, written to a temporary file so that the list of a
/// corpus that is mostly off topic does not grow the heap. The file is unlinked as soon as it is
/// opened: only this object's descriptor keeps it, so it goes when the run is released, and
/// with the process however it ends (an error, Ctrl-C, a crash): nothing is left in the
/// temporary folder. Readers use `pread`, so any number can read one run at once.
final class OffTopicRun: @unchecked Sendable {
    let count: Int
    let byteCount: Int
    private let descriptor: Int32

    /// Nil when the temporary file cannot be made or written (the caller keeps the articles in
    /// memory instead: nothing is lost). `articles` must be sorted.
    init?(sorted articles: some Sequence<OffTopicArticle>) {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("slant-off-topic-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        // Unlinked at once: the open descriptor keeps the file, and nothing is left however the run ends.
        _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
        var buffer: [UInt8] = []
        var count = 0
        var written = 0
        func flush() -> Bool {
            defer { buffer.removeAll(keepingCapacity: true) }
            guard (try? buffer.withUnsafeBytes({ try FileDescriptorWriter.writeAll($0, to: descriptor, path: "") })) != nil
            else { return false }
            written += buffer.count
            return true
        }
        for article in articles {
            Self.append(article, to: &buffer)
            count += 1
            if buffer.count >= Self.chunkSize, !flush() {
                close(descriptor)
                return nil
            }
        }
        guard flush() else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        self.count = count
        self.byteCount = written
    }

    deinit {
        close(descriptor)
    }

    /// Bytes written or read at a time.
    static let chunkSize = 1 << 16

    /// Bytes `[offset, offset + buffer.count)` of the file, or fewer at its end.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int {
        var total = 0
        while total < buffer.count {
            let got = pread(descriptor, buffer.baseAddress! + total, buffer.count - total, off_t(offset + total))
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { break }
            total += got
        }
        return total
    }

    /// One article: group and id (a 32-bit length and UTF-8 bytes each), the title (length
    /// 0xFFFFFFFF for none), then the two sentence counts as 64-bit integers, little-endian.
    static func append(_ article: OffTopicArticle, to buffer: inout [UInt8]) {
        func string(_ text: String?) {
            guard let text else {
                integer(UInt64(UInt32.max), bytes: 4)
                return
            }
            integer(UInt64(text.utf8.count), bytes: 4)
            buffer += text.utf8
        }
        func integer(_ value: UInt64, bytes: Int) {
            for index in 0..<bytes { buffer.append(UInt8(truncatingIfNeeded: value >> (8 * index))) }
        }
        string(article.group)
        string(article.id)
        string(article.title)
        integer(UInt64(bitPattern: Int64(article.sentences)), bytes: 8)
        integer(UInt64(bitPattern: Int64(article.topicSentences)), bytes: 8)
    }
}
