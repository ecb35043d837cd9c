/// A counting semaphore for audits: at most `capacity` run at once, at most `waitingLimit` wait
/// in arrival order, and any request beyond that is refused at once (503) instead of queueing
/// without end. Waiting is bounded in time too, since every audit is bounded by its step budget.
actor AuditSlots {
    private let capacity: Int
    private let waitingLimit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(capacity: Int, waitingLimit: Int) {
        self.capacity = max(1, capacity)
        self.waitingLimit = max(0, waitingLimit)
    }

    /// Takes a slot, waiting for one if need be; throws `busy` when every slot and waiting place is taken.
    func acquire() async throws(ServiceError) {
        if running < capacity {
            running += 1
            return
        }
        guard waiting.count < waitingLimit else {
            throw ServiceError(
                .serviceUnavailable, code: "busy",
                message: "every audit slot is taken and \(waitingLimit) requests are waiting; try again shortly",
                retryAfter: 1)
        }
        // The slot is handed over by `release()`, so `running` stays counted for us.
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Requests waiting now (for tests and diagnostics).
    var waitingCount: Int { waiting.count }

    func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
