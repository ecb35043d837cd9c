import Foundation
import Hummingbird

/// A request the service refuses, answered as `{"error": {"code": ..., "message": ...}}` with
/// its HTTP status: a client reads the code, a person the message.
public struct ServiceError: Error, Sendable, Equatable {
    public let status: HTTPResponse.Status
    /// A stable, machine-readable name ("payload-too-large", "invalid-utf8", ...).
    public let code: String
    public let message: String
    /// Seconds a client should wait before trying again (503 only).
    public let retryAfter: Int?

    public init(_ status: HTTPResponse.Status, code: String, message: String, retryAfter: Int? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.retryAfter = retryAfter
    }

    public var body: String {
        JSONText.object([("error", JSONText.object([("code", JSONText.string(code)), ("message", JSONText.string(message))]))])
            + "\n"
    }
}

extension ServiceError: HTTPResponseError {
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = ServiceResponse.bytes(Array(body.utf8), contentType: ServiceResponse.json, status: status)
        if let retryAfter { response.headers[.retryAfter] = String(retryAfter) }
        return response
    }
}
