import Foundation
import TestSupport
import Testing

/// Each refusal the service makes: its status, its JSON error code and a message that says
/// what to fix (the byte, the line, the closest rule).
@Suite struct ServiceErrorTests {
    @Test func oversizedBodies() throws {
        let service = try ServiceProcess(["--max-body-bytes", "4096"])
        defer { _ = service.stop() }
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: 5000)
        // Announced too large: refused before reading.
        let announced = try service.client.post("/v1/audit", contentType: "text/plain", body: big)
        #expect(announced.status == 413)
        #expect(announced.error?.code == "payload-too-large")
        #expect(announced.error?.message.contains("4096") == true)
        // Sent in chunks with no length: stopped at the limit.
        let chunked = Array("1388\r\n".utf8) + big + Array("\r\n0\r\n\r\n".utf8)
        let streamed = try service.client.send(
            "POST", "/v1/audit", headers: [("Content-Type", "text/plain"), ("Transfer-Encoding", "chunked")], body: chunked)
        #expect(streamed.status == 413)
        #expect(streamed.error?.code == "payload-too-large")
        // At the limit it is audited.
        let fits = try service.client.post("/v1/audit", contentType: "text/plain", body: Array(big.prefix(4096)))
        #expect(fits.status == 200)
    }

    @Test func wrongTypes() throws {
        let service = try ServiceProcess()
        defer { _ = service.stop() }
        let text = Array("The talks resumed.".utf8)
        for contentType in ["application/pdf", "text/plain; charset=windows-1252", nil] {
            let reply = try service.client.post("/v1/audit", contentType: contentType, body: text)
            #expect(reply.status == 415, "\(contentType ?? "no type")")
            #expect(reply.error?.code.hasPrefix("unsupported-") == true)
        }
        let check = try service.client.post("/v1/check", contentType: "text/plain", body: text)
        #expect(check.status == 415)
        let accept = try service.client.post(
            "/v1/audit", contentType: "text/plain", body: text, headers: [("Accept", "image/png")])
        #expect(accept.status == 406)
        #expect(accept.error?.code == "not-acceptable")
        let format = try service.client.post("/v1/audit?format=pdf", contentType: "text/plain", body: text)
        #expect(format.status == 400)
        #expect(format.error?.code == "unknown-format")
    }

    @Test func badUTF8NamesTheByte() throws {
        let service = try ServiceProcess()
        defer { _ = service.stop() }
        let body = Array("The talks in Caf".utf8) + [0xE9] + Array(" resumed.".utf8)
        let reply = try service.client.post("/v1/audit", contentType: "text/plain", body: body)
        #expect(reply.status == 400)
        #expect(reply.error?.code == "invalid-utf8")
        #expect(reply.error?.message.contains("byte 16") == true)
        let check = try service.client.post(
            "/v1/check", contentType: "application/json", body: Array("{\"text\": \"Caf".utf8) + [0xE9, 0x22, 0x7D])
        #expect(check.status == 400)
        #expect(check.error?.code == "invalid-utf8")
        #expect(check.error?.message.contains("byte 13") == true)
        let empty = try service.client.post("/v1/audit", contentType: "text/plain", body: [])
        #expect(empty.status == 400)
        #expect(empty.error?.code == "empty-input")
        let notJSON = try service.client.post(
            "/v1/check", contentType: "application/json", body: Array("{\"path\": \"a.md\"}".utf8))
        #expect(notJSON.status == 400)
        #expect(notJSON.error?.code == "invalid-json")
        #expect(notJSON.error?.message.contains("'text' is required") == true)
    }

    @Test func badConfigurationNamesTheLine() throws {
        let service = try ServiceProcess()
        defer { _ = service.stop() }
        let cases: [(config: String, expected: String)] = [
            (
                "severity:\n  loaded.aggression: warning\ndisable:\n  - loaded.agression\n",
                ".slant.yml:4: disable: unknown rule 'loaded.agression' (did you mean 'loaded.aggression'?)"
            ),
            ("thresholds:\n  min_voice_ratio: 3\n", ".slant.yml:2:"),
            ("disable: [loaded.aggression\n", ".slant.yml:"),
            ("require_suppression_reason: true\nlexicons:\n  - /etc\n", ".slant.yml:2: 'lexicons' is not accepted"),
        ]
        for (config, expected) in cases {
            let body = try JSONSerialization.data(withJSONObject: ["text": "The talks resumed.", "config": config])
            let reply = try service.client.post("/v1/check", contentType: "application/json", body: Array(body))
            #expect(reply.status == 422, "\(config)")
            #expect(reply.error?.code == "invalid-configuration")
            let message = reply.error?.message ?? reply.text
            #expect(message.hasPrefix(expected), "\(message)")
            // Every problem names its line.
            #expect(message.firstMatch(of: try Regex("^\\.slant\\.yml:[0-9]+: ")) != nil, "\(message)")
        }
    }

    @Test func unknownRuleNamesTheClosest() throws {
        let service = try ServiceProcess()
        defer { _ = service.stop() }
        let reply = try service.client.get("/v1/rules/loaded.agression")
        #expect(reply.status == 404)
        #expect(reply.error?.code == "unknown-rule")
        #expect(reply.error?.message.contains("did you mean 'loaded.aggression'?") == true)
        let path = try service.client.get("/v2/nothing")
        #expect(path.status == 404)
        #expect(path.error?.code == "not-found")
    }
}
