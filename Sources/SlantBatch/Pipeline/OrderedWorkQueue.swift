import Foundation

/// Records in, outcomes out in the same order, with at most `capacity` records between reading
/// and writing: the reader blocks when that many are in flight, which bounds memory whatever
/// the corpus size, and results are handed back strictly in input order, which makes output
/// identical for any number of workers.
final class OrderedWorkQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    private var pending: [(sequence: Int, record: RawRecord)] = []
    private var completed: [Int: RecordOutcome] = [:]
    private var nextSequence = 0
    private var nextToDeliver = 0
    private var closed = false

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Called by the reader: waits while the queue is full, handing finished outcomes to
    /// `deliver` (in order, outside the lock) meanwhile and after queueing the record.
    func submit(_ record: RawRecord, deliver: (RecordOutcome) -> Void) {
        condition.lock()
        deliverOrWait(while: { nextSequence - nextToDeliver >= capacity }, deliver: deliver)
        pending.append((nextSequence, record))
        nextSequence += 1
        condition.broadcast()
        var ready: [RecordOutcome] = []
        while let outcome = takeNextCompleted() { ready.append(outcome) }
        condition.unlock()
        ready.forEach(deliver)
    }

    /// Called by the reader after the last record: delivers every remaining outcome in order and
    /// lets the workers stop.
    func finish(deliver: (RecordOutcome) -> Void) {
        condition.lock()
        closed = true
        condition.broadcast()
        deliverOrWait(while: { nextToDeliver < nextSequence }, deliver: deliver)
        condition.unlock()
    }

    /// Called by a worker: the next record to process, or nil once the reader has finished and
    /// nothing is left.
    func take() -> (sequence: Int, record: RawRecord)? {
        condition.lock()
        defer { condition.unlock() }
        while pending.isEmpty && !closed { condition.wait() }
        return pending.isEmpty ? nil : pending.removeFirst()
    }

    /// Called by a worker with the outcome of record `sequence`.
    func complete(_ sequence: Int, _ outcome: RecordOutcome) {
        condition.lock()
        completed[sequence] = outcome
        condition.broadcast()
        condition.unlock()
    }

    /// With the lock held: while `blocked()`, hands the next finished outcome to `deliver`
    /// (outside the lock) or waits for one.
    private func deliverOrWait(while blocked: () -> Bool, deliver: (RecordOutcome) -> Void) {
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
    private func takeNextCompleted() -> RecordOutcome? {
        guard let outcome = completed.removeValue(forKey: nextToDeliver) else { return nil }
        nextToDeliver += 1
        return outcome
    }
}
