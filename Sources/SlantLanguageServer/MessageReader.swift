import Foundation

/// Reads JSON-RPC messages framed as the Language Server Protocol frames them: headers
/// ("Content-Length: N"), an empty line, then N bytes of JSON.
public final class MessageReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)

    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next message's body; nil at the end of input.
    public func next() throws(LanguageServerProblem) -> Data? {
        var length: Int?
        while true {
            guard let line = try readLine() else { return nil }
            if line.isEmpty { break }
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, parts[0].lowercased() == "content-length" {
                guard let value = Int(parts[1]), value >= 0 else {
                    throw LanguageServerProblem(message: "bad Content-Length header '\(line)'")
                }
                length = value
            }
        }
        guard let length else { throw LanguageServerProblem(message: "a message without a Content-Length header") }
        guard try fill(length) else { throw LanguageServerProblem(message: "input ended inside a message") }
        let body = Data(buffer[..<length])
        buffer.removeFirst(length)
        return body
    }

    /// One header line without its CRLF; nil at the end of input before any byte of it.
    private func readLine() throws(LanguageServerProblem) -> String? {
        var searched = 0
        while true {
            if let end = buffer[searched...].firstIndex(of: 0x0A) {
                let lineBytes = buffer[..<end].last == 0x0D ? buffer[..<(end - 1)] : buffer[..<end]
                let line = String(decoding: lineBytes, as: UTF8.self)
                buffer.removeFirst(end + 1)
                return line
            }
            searched = buffer.count
            guard try readMore() else {
                if buffer.isEmpty { return nil }
                throw LanguageServerProblem(message: "input ended inside a header")
            }
        }
    }

    private func fill(_ count: Int) throws(LanguageServerProblem) -> Bool {
        while buffer.count < count {
            guard try readMore() else { return false }
        }
        return true
    }

    private func readMore() throws(LanguageServerProblem) -> Bool {
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer += chunk[..<count]
                return true
            }
            if count == 0 { return false }
            if errno == EINTR { continue }
            throw LanguageServerProblem(message: "cannot read standard input: \(String(cString: strerror(errno)))")
        }
    }
}
