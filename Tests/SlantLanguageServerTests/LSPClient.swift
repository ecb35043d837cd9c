import Foundation
import TestSupport

/// A scripted editor: `slant lsp` as a subprocess, spoken to in framed JSON-RPC.
final class LSPClient {
    let process: PipedProcess
    private var nextID = 1
    /// Notifications that arrived while waiting for something else.
    private var pending: [[String: Any]] = []

    init() throws {
        process = try PipedProcess(["lsp"])
    }

    func notify(_ method: String, _ params: [String: Any]) throws {
        try send(["jsonrpc": "2.0", "method": method, "params": params])
    }

    /// Sends a request and returns its response's `result` (NSNull for null).
    func request(_ method: String, _ params: [String: Any] = [:]) throws -> Any {
        let id = nextID
        nextID += 1
        try send(["jsonrpc": "2.0", "id": id, "method": method, "params": params])
        while true {
            let message = try receive()
            if message["id"] as? Int == id, message["method"] == nil {
                if let error = message["error"] { throw LoopbackFailure("\(method) failed: \(error)") }
                return message["result"] ?? NSNull()
            }
            pending.append(message)
        }
    }

    /// The next diagnostics published for `uri` (waiting out the server's debounce).
    func diagnostics(for uri: String, version: Int) throws -> [[String: Any]] {
        while true {
            let message: [String: Any]
            if let index = pending.firstIndex(where: { Self.isDiagnostics($0, uri: uri, version: version) }) {
                message = pending.remove(at: index)
            } else {
                message = try receive()
                guard Self.isDiagnostics(message, uri: uri, version: version) else {
                    pending.append(message)
                    continue
                }
            }
            return (message["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]] ?? []
        }
    }

    /// The next notification named `method`.
    func notification(_ method: String) throws -> [String: Any] {
        if let index = pending.firstIndex(where: { $0["method"] as? String == method }) {
            return pending.remove(at: index)["params"] as? [String: Any] ?? [:]
        }
        while true {
            let message = try receive()
            if message["method"] as? String == method { return message["params"] as? [String: Any] ?? [:] }
            pending.append(message)
        }
    }

    private static func isDiagnostics(_ message: [String: Any], uri: String, version: Int) -> Bool {
        guard message["method"] as? String == "textDocument/publishDiagnostics", let params = message["params"] as? [String: Any]
        else { return false }
        return params["uri"] as? String == uri && params["version"] as? Int == version
    }

    private func send(_ message: [String: Any]) throws {
        let body = try JSONSerialization.data(withJSONObject: message)
        try process.write(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + Array(body))
    }

    private func receive() throws -> [String: Any] {
        let body = try process.read(timeout: 30) { buffer -> ([UInt8], Int)? in
            let separator: [UInt8] = [13, 10, 13, 10]
            guard buffer.count >= 4,
                let split = (0...(buffer.count - 4)).first(where: { Array(buffer[$0..<($0 + 4)]) == separator })
            else { return nil }
            let header = String(decoding: buffer[..<split], as: UTF8.self)
            guard let length = header.split(separator: ":").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
                buffer.count >= split + 4 + length
            else { return nil }
            return (Array(buffer[(split + 4)..<(split + 4 + length)]), split + 4 + length)
        }
        guard let message = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
            throw LoopbackFailure("a message that is not a JSON object")
        }
        return message
    }
}

struct LoopbackFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
