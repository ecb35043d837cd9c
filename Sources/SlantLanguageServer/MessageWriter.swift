import Foundation

/// Writes JSON-RPC messages with their Content-Length header, one whole message at a time.
final class MessageWriter: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Sends `message`; false when the client is gone (nothing more can reach it).
    @discardableResult
    func send(_ message: [String: Any]) -> Bool {
        guard
            let body = try? JSONSerialization.data(
                withJSONObject: message, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return false }
        let bytes = Array("Content-Length: \(body.count)\r\n\r\n".utf8) + Array(body)
        lock.lock()
        defer { lock.unlock() }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return false }
            written += count
        }
        return true
    }
}
