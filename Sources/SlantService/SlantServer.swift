import Foundation
import Hummingbird
import SlantCore

/// `slant serve`: the HTTP service. Stores nothing; every report is computed from the request
/// alone, by the same engine and reporters as the command line.
public struct SlantServer: Sendable {
    public let engine: ServiceEngine
    public let limits: ServiceLimits
    public let host: String
    public let port: Int

    public init(engine: ServiceEngine, limits: ServiceLimits, host: String, port: Int) {
        self.engine = engine
        self.limits = limits
        self.host = host
        self.port = port
    }

    /// Serves until SIGINT or SIGTERM, then lets requests in flight finish. `onListening`
    /// gets the bound host and port (the port the system chose for `port` 0).
    public func run(onListening: @escaping @Sendable (String, Int) -> Void) async throws {
        let host = host
        let application = Application(
            router: router(),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "slant"),
            onServerRunning: { channel in onListening(host, channel.localAddress?.port ?? 0) })
        try await application.runService()
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: JSONErrorMiddleware())
        let engine = engine
        let limits = limits
        let slots = AuditSlots(capacity: limits.concurrentAudits, waitingLimit: limits.waitingAudits)
        router.get("/") { _, _ in ServiceResponse.text(ServicePage.html, contentType: ServiceResponse.html) }
        router.get("/healthz") { _, _ in ServiceResponse.text("{\"status\":\"ok\"}\n", contentType: ServiceResponse.json) }
        router.get("/openapi.yaml") { _, _ in ServiceResponse.text(OpenAPIDocument.yaml, contentType: ServiceResponse.yaml) }
        router.get("/v1/rules") { _, _ in ServiceResponse.bytes(engine.rules, contentType: ServiceResponse.json) }
        router.get("/v1/rules/:id") { _, context in
            ServiceResponse.bytes(try engine.rule(context.parameters.get("id") ?? ""), contentType: ServiceResponse.json)
        }
        router.post("/v1/audit") { request, _ in
            let query = request.uri.queryParameters
            let output = try AuditOutput.negotiate(
                format: query["format"].map(String.init), accept: request.headers[.accept], rules: engine.lexiconRules)
            let markup = try InputMarkup.from(contentType: request.headers[.contentType])
            let name = query["name"].map(String.init) ?? Self.defaultArticleName
            let body = try await RequestBodyReader.read(request, limits: limits)
            let report = try await Self.inSlot(slots) { () throws(ServiceError) in
                let (audit, source) = try engine.audit(body, name: name, markup: markup)
                return output.reporter.render(audit, source: source)
            }
            return ServiceResponse.text(report, contentType: output.contentType)
        }
        router.post("/v1/check") { request, _ in
            let contentType = request.headers[.contentType]?.split(separator: ";").first?
                .trimmingCharacters(in: .whitespaces).lowercased()
            guard contentType == "application/json" else {
                throw ServiceError(
                    .unsupportedMediaType, code: "unsupported-media-type",
                    message: "send the check request as application/json (see CheckRequest in /openapi.yaml)")
            }
            let body = try await RequestBodyReader.read(request, limits: limits)
            let (report, reportType) = try await Self.inSlot(slots) { () throws(ServiceError) in try engine.check(body) }
            return ServiceResponse.text(report, contentType: reportType)
        }
        return router
    }

    /// How an article is named in its report when the request gives no `?name=`.
    public static let defaultArticleName = "request"

    /// Runs engine work in one of the audit slots, off Swift's cooperative threads.
    private static func inSlot<Value: Sendable>(
        _ slots: AuditSlots, _ work: @escaping @Sendable () throws(ServiceError) -> Value
    ) async throws(ServiceError) -> Value {
        try await slots.acquire()
        let result = await BlockingWork.run { Result { () throws(ServiceError) in try work() } }
        await slots.release()
        return try result.get()
    }
}
