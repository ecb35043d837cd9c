import Foundation
import SlantReporters
import TestSupport
import Testing

/// Every endpoint of `slant serve`, answered by the built binary on a loopback port, and the
/// reports compared byte for byte with the command line's for the same input.
@Suite struct ServiceEndpointTests {
    static let article = "Examples/cairo-talks.txt"
    static let htmlArticle = "Tests/SlantCheckTests/Fixtures/cairo-talks.html"
    static let configuration = "Tests/SlantCheckTests/Fixtures/golden.slant.yml"

    static func bytes(_ relative: String) throws -> [UInt8] {
        Array(try Data(contentsOf: SlantBinary.root.appendingPathComponent(relative)))
    }

    @Test func auditReportsAreTheCommandLinesBytes() throws {
        let service = try ServiceProcess()
        defer { _ = service.stop() }
        #expect(service.listeningLine.hasPrefix("listening on http://127.0.0.1:"))
        let text = try Self.bytes(Self.article)
        for (format, contentType) in [("json", "application/json"), ("markdown", "text/markdown")] {
            let cli = try SlantBinary.run(["audit", Self.article, "--format", format])
            #expect(cli.status == 0)
            let byQuery = try service.client.post(
                "/v1/audit?format=\(format)&name=\(Self.article)", contentType: "text/plain; charset=utf-8", body: text)
            #expect(byQuery.status == 200)
            #expect(byQuery.headers["content-type"]?.hasPrefix(contentType) == true)
            #expect(Same.bytes(byQuery.body, cli.output))
            let byAccept = try service.client.post(
                "/v1/audit?name=\(Self.article)", contentType: "text/plain", body: text, headers: [("Accept", contentType)])
            #expect(Same.bytes(byAccept.body, cli.output))
        }
        // Without a name the article is "request", as "-" names standard input on the command line.
        let unnamed = try service.client.post("/v1/audit", contentType: "text/plain", body: text)
        let fromStandardInput = try SlantBinary.run(["audit", "-", "--format", "json"], input: Data(text))
        let renamed = fromStandardInput.output.utf8Text.replacingOccurrences(
            of: "\"name\" : \"-\"", with: "\"name\" : \"request\"")
        #expect(Same.bytes(unnamed.body, Data(renamed.utf8)))
    }

    @Test func markupIsRemovedBeforeTheAudit() throws {
        let service = try ServiceProcess()
        defer { _ = service.stop() }
        let markdown = Array("# Talks\n\nThe **militant group** rejected the _proposal_ on Tuesday.\n".utf8)
        let reply = try service.client.post("/v1/audit?format=json", contentType: "text/markdown", body: markdown)
        #expect(reply.status == 200)
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(reply.body)) as? [String: Any])["findings"]
        let texts = (findings as? [[String: Any]] ?? []).compactMap { ($0["span"] as? [String: Any])?["text"] as? String }
        #expect(texts.contains("militant group"))
        #expect(!texts.contains { $0.contains("*") })
        let html = try service.client.post("/v1/audit", contentType: "text/html", body: try Self.bytes(Self.htmlArticle))
        #expect(html.status == 200)
        #expect(!html.text.contains("<p>"))
        #expect(html.text.contains("\"findings\""))
    }

    @Test func htmlOutputIsTheReportersOrAClearRefusal() throws {
        let service = try ServiceProcess()
        defer { _ = service.stop() }
        let reply = try service.client.post(
            "/v1/audit?format=html&name=\(Self.article)", contentType: "text/plain", body: try Self.bytes(Self.article))
        if AuditReporters.reporter(for: "html") == nil {
            #expect(reply.status == 406)
            #expect(reply.error?.code == "format-unavailable")
        } else {
            let cli = try SlantBinary.run(["audit", Self.article, "--format", "html"])
            #expect(reply.status == 200)
            #expect(reply.headers["content-type"]?.hasPrefix("text/html") == true)
            #expect(reply.body == Array(cli.output), "the service's page differs from slant audit --format html")
        }
    }

    @Test func checkReportsAreTheCommandLinesBytes() throws {
        let service = try ServiceProcess()
        defer { _ = service.stop() }
        let configuration = String(decoding: try Self.bytes(Self.configuration), as: UTF8.self)
        for (path, format) in [(Self.htmlArticle, "json"), (Self.article, "sarif"), (Self.article, "text")] {
            let cli = try SlantBinary.run(["check", path, "--format", format, "--config", Self.configuration])
            let request: [String: Any] = [
                "text": String(decoding: try Self.bytes(path), as: UTF8.self), "path": path, "config": configuration,
                "format": format,
            ]
            let reply = try service.client.post(
                "/v1/check", contentType: "application/json", body: Array(try JSONSerialization.data(withJSONObject: request)))
            #expect(reply.status == 200)
            #expect(Same.bytes(reply.body, cli.output), "\(path) as \(format)")
        }
        // Without a configuration: the defaults, as with no .slant.yml.
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("slant-empty-\(UUID().uuidString).yml")
        try Data().write(to: empty)
        defer { try? FileManager.default.removeItem(at: empty) }
        let defaults = try SlantBinary.run(["check", Self.article, "--format", "json", "--config", empty.path])
        #expect(defaults.status == 1)
        let reply = try service.client.post(
            "/v1/check", contentType: "application/json",
            body: Array(
                try JSONSerialization.data(withJSONObject: [
                    "text": String(decoding: try Self.bytes(Self.article), as: UTF8.self), "path": Self.article,
                ])))
        #expect(Same.bytes(reply.body, defaults.output))
    }

    @Test func rulesPageAndDocument() throws {
        let service = try ServiceProcess()
        defer { _ = service.stop() }
        let health = try service.client.get("/healthz")
        #expect(health.status == 200)
        #expect(health.text == "{\"status\":\"ok\"}\n")

        let rules = try service.client.get("/v1/rules")
        #expect(rules.status == 200)
        let list =
            try #require(try JSONSerialization.jsonObject(with: Data(rules.body)) as? [String: Any])["rules"] as? [[String: Any]]
        let ids = (list ?? []).compactMap { $0["id"] as? String }
        let lexiconList = try SlantBinary.run(["lexicon", "list"]).output.utf8Text
        #expect(ids.contains("loaded.aggression"))
        #expect(ids.filter { !$0.hasPrefix("slant.") }.allSatisfy { lexiconList.contains($0) })

        let rule = try service.client.get("/v1/rules/loaded.aggression")
        #expect(rule.status == 200)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(rule.body)) as? [String: Any])
        #expect(object["id"] as? String == "loaded.aggression")
        #expect((object["rationale"] as? String)?.isEmpty == false)
        #expect(object["alternatives"] is [String])

        let page = try service.client.get("/")
        #expect(page.status == 200)
        #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
        #expect(page.text.contains("<textarea"))
        #expect(page.text.contains("/v1/audit"))
        // Self-contained: nothing loaded from elsewhere.
        #expect(!page.text.contains("src=\"http"))
        #expect(!page.text.contains("href=\"http"))

        let document = try service.client.get("/openapi.yaml")
        #expect(document.status == 200)
        #expect(
            Same.bytes(document.body, Data(try Self.bytes("docs/openapi.yaml"))),
            "docs/openapi.yaml and OpenAPIDocument.swift differ")
    }

    @Test(arguments: [SIGTERM, SIGINT]) func stopsCleanlyOnSignal(_ signal: Int32) throws {
        let service = try ServiceProcess()
        #expect(try service.client.get("/healthz").status == 200)
        #expect(service.stop(signal: signal) == 0)
    }
}

extension Data {
    var utf8Text: String { String(decoding: self, as: UTF8.self) }
}
