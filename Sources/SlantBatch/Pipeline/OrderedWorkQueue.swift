import Foundation

/// Jobs in, results out in the same order, with at most `capacity` jobs between reading and
/// writing: the reader blocks when that many are in flight, which bounds memory whatever the
/// corpus size, and results are handed back strictly in input order, which makes output
/// identical for any number of workers. (`BatchRunner` queues records in `RecordBatch`es: one
/// job per record would cost a thread wake-up per short article.)
final class OrderedWorkQueue<Job: Sendable, Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    private var pending: [(sequence: Int, job: Job)] = []
    private var completed: [Int: Result] = [:]
    private var nextSequence = 0
    private var nextToDeliver = 0
    private var closed = false

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Called by the reader: waits while the queue is full, handing finished results to
    /// `deliver` (in order, outside the lock) meanwhile and after queueing the record.
    func submit(_ job: Job, deliver: (Result) -> Void) {
        condition.lock()
        deliverOrWait(while: { nextSequence - nextToDeliver >= capacity }, deliver: deliver)
        pending.append((nextSequence, job))
        nextSequence += 1
        condition.broadcast()
        var ready: [Result] = []
        while let outcome = takeNextCompleted() { ready.append(outcome) }
        condition.unlock()
        ready.forEach(deliver)
    }

    /// Called by the reader after the last job: delivers every remaining result in order and
    /// lets the workers stop.
    func finish(deliver: (Result) -> Void) {
        condition.lock()
        closed = true
        condition.broadcast()
        deliverOrWait(while: { nextToDeliver < nextSequence }, deliver: deliver)
        condition.unlock()
    }

    /// Called by a worker: the next job, or nil once the reader has finished and nothing is left.
    func take() -> (sequence: Int, job: Job)? {
        condition.lock()
        defer { condition.unlock() }
        while pending.isEmpty && !closed { condition.wait() }
        return pending.isEmpty ? nil : pending.removeFirst()
    }

    /// Called by a worker with the result of job `sequence`.
    func complete(_ sequence: Int, _ result: Result) {
        condition.lock()
        completed[sequence] = result
        condition.broadcast()
        condition.unlock()
    }

    /// With the lock held: while `blocked()`, hands the next finished result to `deliver`
    /// (outside the lock) or waits for one.
    private func deliverOrWait(while blocked: () -> Bool, deliver: (Result) -> Void) {
        while blocked() {
            if let outcome = takeNextCompleted() {
                condition.unlock()
                deliver(outcome)
                condition.lock()
            } else {
                condition.wait()
            }
        }
    }

    /// Must be called with the lock held.
    private func takeNextCompleted() -> Result? {
        guard let outcome = completed.removeValue(forKey: nextToDeliver) else { return nil }
        nextToDeliver += 1
        return outcome
    }
}
