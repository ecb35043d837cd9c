import Hummingbird

/// Reads a request body whole, within the size limit (413) and the time limit (408): a client
/// that announces too much is refused before anything is read, one that sends too much is
/// stopped at the limit, and one that trickles cannot hold the connection open for ever.
enum RequestBodyReader {
    static func read(_ request: Request, limits: ServiceLimits) async throws(ServiceError) -> [UInt8] {
        let limit = limits.maxBodyBytes
        if let announced = request.headers[.contentLength].flatMap({ Int($0) }), announced > limit {
            throw tooLarge(limit)
        }
        let body = request.body
        let seconds = limits.bodyTimeoutSeconds
        do {
            let buffer = try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
                group.addTask { try await body.collect(upTo: limit) }
                group.addTask {
                    try await Task.sleep(for: .seconds(seconds))
                    return nil
                }
                defer { group.cancelAll() }
                return try await group.next() ?? nil
            }
            guard let buffer else {
                throw ServiceError(
                    .requestTimeout, code: "request-timeout", message: "the body did not arrive within \(seconds) s")
            }
            return Array(buffer.readableBytesView)
        } catch let error as ServiceError {
            throw error
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw tooLarge(limit)
        } catch {
            throw ServiceError(.badRequest, code: "unreadable-body", message: "the body could not be read: \(error)")
        }
    }

    private static func tooLarge(_ limit: Int) -> ServiceError {
        ServiceError(
            .contentTooLarge, code: "payload-too-large",
            message: "the body is larger than \(limit) bytes (the server's --max-body-bytes)")
    }
}
