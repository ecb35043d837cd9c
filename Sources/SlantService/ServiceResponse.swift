import Hummingbird

/// Responses with a body of bytes already rendered (reports, pages, documents).
enum ServiceResponse {
    static let json = "application/json; charset=utf-8"
    static let markdown = "text/markdown; charset=utf-8"
    static let html = "text/html; charset=utf-8"
    static let yaml = "application/yaml; charset=utf-8"
    static let text = "text/plain; charset=utf-8"

    static func bytes(_ bytes: [UInt8], contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        // Nothing the service answers is worth keeping: each report is of the request's own text.
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func text(_ text: String, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        bytes(Array(text.utf8), contentType: contentType, status: status)
    }
}
