import Foundation

/// A minimal HTTP/1.1 client over a loopback socket: one request per connection, the bytes sent
/// exactly as given (bad UTF-8, lying Content-Length, chunked bodies), which a URL library would
/// not let a test do.
struct LoopbackHTTP {
    struct Reply {
        let status: Int
        /// Header names in lower case.
        let headers: [String: String]
        let body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }

        /// The `{"error": {"code", "message"}}` body's two fields.
        var error: (code: String, message: String)? {
            guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any],
                let error = object["error"] as? [String: Any], let code = error["code"] as? String,
                let message = error["message"] as? String
            else { return nil }
            return (code, message)
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let port: Int

    func get(_ path: String, headers: [(String, String)] = []) throws -> Reply {
        try send("GET", path, headers: headers, body: [])
    }

    func post(_ path: String, contentType: String?, body: [UInt8], headers: [(String, String)] = []) throws -> Reply {
        var all = headers
        if let contentType { all.append(("Content-Type", contentType)) }
        return try send("POST", path, headers: all + [("Content-Length", String(body.count))], body: body)
    }

    /// Sends the request line, `headers` (nothing added but Host and Connection) and `body` as they are.
    func send(_ method: String, _ path: String, headers: [(String, String)], body: [UInt8]) throws -> Reply {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket: \(errno)") }
        defer { close(socket) }
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Failure(description: "connect to port \(port): \(errno)") }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        let request = Array((head + "\r\n").utf8) + body
        var written = 0
        while written < request.count {
            let count = request[written...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            // The server may answer (413) and close before reading everything: read its answer.
            if count <= 0 { break }
            written += count
        }
        var response: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            response += chunk[..<count]
        }
        return try Self.parse(response)
    }

    static func parse(_ response: [UInt8]) throws -> Reply {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let split = (0..<max(0, response.count - 3)).first(where: { Array(response[$0..<($0 + 4)]) == separator }) else {
            throw Failure(description: "no complete response (\(response.count) bytes)")
        }
        let lines = String(decoding: response[..<split], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
            throw Failure(description: "status line \(lines[0])")
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Array(response[(split + 4)...])
        if headers["transfer-encoding"]?.lowercased() == "chunked" { body = try dechunk(body) }
        return Reply(status: status, headers: headers, body: body)
    }

    private static func dechunk(_ bytes: [UInt8]) throws -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard let lineEnd = (index..<bytes.count - 1).first(where: { bytes[$0] == 13 && bytes[$0 + 1] == 10 }),
                let size = Int(String(decoding: bytes[index..<lineEnd], as: UTF8.self), radix: 16)
            else { throw Failure(description: "bad chunk") }
            if size == 0 { break }
            result += bytes[(lineEnd + 2)..<(lineEnd + 2 + size)]
            index = lineEnd + 2 + size + 2
        }
        return result
    }
}
