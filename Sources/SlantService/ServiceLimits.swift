/// What bounds the service's work. The time of one audit is bounded by the engine's own step
/// budget (counted steps, not seconds, so the same text gives the same report anywhere); these
/// bound what arrives and how much runs at once.
public struct ServiceLimits: Sendable {
    /// The largest request body accepted, in bytes (413 above it).
    public var maxBodyBytes: Int
    /// Audits and checks running at once: one per core, more would only share the cores.
    public var concurrentAudits: Int
    /// Requests that may wait for a free slot; the next one gets 503 with Retry-After.
    public var waitingAudits: Int
    /// Seconds a client has to send its whole body (a slow sender holds no slot but a connection).
    public var bodyTimeoutSeconds: Int

    public static let defaultMaxBodyBytes = 1 << 20

    public init(maxBodyBytes: Int, concurrentAudits: Int, waitingAudits: Int, bodyTimeoutSeconds: Int) {
        self.maxBodyBytes = maxBodyBytes
        self.concurrentAudits = concurrentAudits
        self.waitingAudits = waitingAudits
        self.bodyTimeoutSeconds = bodyTimeoutSeconds
    }
}
