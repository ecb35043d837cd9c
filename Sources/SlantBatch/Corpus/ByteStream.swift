import Foundation

/// A file or standard input read in fixed-size chunks, so a corpus of any size passes through
/// bounded memory. Counts the bytes read for the progress bar.
final class ByteStream {
    private let handle: FileHandle
    private let chunkSize: Int
    private let closesHandle: Bool
    private(set) var bytesRead = 0

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
        guard let data = try handle.read(upToCount: chunkSize), !data.isEmpty else { return nil }
        bytesRead += data.count
        return [UInt8](data)
    }
}
