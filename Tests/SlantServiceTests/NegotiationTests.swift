import Testing

@testable import SlantService

/// Which report a request gets and which bodies it may send: decided from headers alone.
@Suite struct NegotiationTests {
    @Test func formatByQueryThenAcceptThenJSON() throws {
        #expect(try AuditOutput.negotiate(format: "markdown", accept: "application/json").identifier == "markdown")
        #expect(try AuditOutput.negotiate(format: nil, accept: nil).identifier == "json")
        #expect(try AuditOutput.negotiate(format: nil, accept: "*/*").identifier == "json")
        #expect(try AuditOutput.negotiate(format: nil, accept: "text/markdown").identifier == "markdown")
        #expect(
            try AuditOutput.negotiate(format: nil, accept: "image/png, application/json;q=0.5, text/markdown;q=0.9").identifier
                == "markdown")
        #expect(try AuditOutput.negotiate(format: nil, accept: "text/markdown;q=0, application/json").identifier == "json")
        #expect(throws: ServiceError.self) { try AuditOutput.negotiate(format: nil, accept: "image/png") }
        #expect(throws: ServiceError.self) { try AuditOutput.negotiate(format: "pdf", accept: nil) }
    }

    @Test func markupByContentType() throws {
        #expect(try InputMarkup.from(contentType: "text/plain") == .text)
        #expect(try InputMarkup.from(contentType: "Text/Markdown; charset=UTF-8") == .markdown)
        #expect(try InputMarkup.from(contentType: "text/html;charset=\"utf-8\"") == .html)
        for refused in ["application/octet-stream", "text/plain; charset=latin1", "", nil] as [String?] {
            #expect(throws: ServiceError.self) { try InputMarkup.from(contentType: refused) }
        }
    }
}
