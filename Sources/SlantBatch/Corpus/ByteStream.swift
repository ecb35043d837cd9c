import Foundation

/// A file or standard input read in fixed-size chunks, so a corpus of any size passes through
/// bounded memory. Counts the bytes read for the progress bar.
final class ByteStream {
    private let handle: FileHandle
    private let chunkSize: Int
    private let closesHandle: Bool
    private(set) var bytesRead = 0
    /// A chunk read ahead by `prefix()`, handed out first by `nextChunk()`.
    private var pending: [UInt8]?

    init(handle: FileHandle, closesHandle: Bool, chunkSize: Int = 1 << 20) {
        self.handle = handle
        self.closesHandle = closesHandle
        self.chunkSize = chunkSize
    }

    deinit {
        if closesHandle { try? handle.close() }
    }

    /// The next chunk, or nil at the end of the input.
    func nextChunk() throws -> [UInt8]? {
        if let chunk = pending {
            pending = nil
            return chunk.isEmpty ? nil : chunk
        }
        guard let data = try handle.read(upToCount: chunkSize), !data.isEmpty else { return nil }
        bytesRead += data.count
        return [UInt8](data)
    }

    /// The first bytes of the input (one chunk), without consuming them: enough to recognise
    /// UTF-16 before reading records.
    func prefix() throws -> [UInt8] {
        if pending == nil { pending = try nextChunk() ?? [] }
        return pending ?? []
    }
}
