import Hummingbird

/// Every refusal as the service's JSON error body, also those Hummingbird raises itself (an
/// unknown path, a wrong method), so clients parse one shape.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as ServiceError {
            throw error
        } catch let error as any HTTPResponseError {
            let code = error.status == .notFound ? "not-found" : "http-\(error.status.code)"
            let message =
                error.status == .notFound
                ? "no endpoint at \(request.method) \(request.uri.path); see GET /openapi.yaml"
                : "\(error.status.code) \(error.status.reasonPhrase)"
            throw ServiceError(error.status, code: code, message: message)
        }
    }
}
