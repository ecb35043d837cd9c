import Dispatch
import Foundation
import TestSupport
import Testing

@testable import SlantService

/// Many requests at once: every one answered, reports identical to the command line's, and
/// beyond the slots and the queue a 503 with Retry-After instead of an unbounded wait.
@Suite struct ServiceConcurrencyTests {
    static let article = "Examples/cairo-talks.txt"

    /// Sends `count` requests from as many threads at once.
    static func burst(_ count: Int, _ request: @escaping @Sendable (Int) throws -> LoopbackHTTP.Reply) -> [Result<
        LoopbackHTTP.Reply, any Error
    >] {
        let results = ResultSlots(count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.set(index, Result { try request(index) })
        }
        return results.all
    }

    @Test func sixteenAtOnceAreAllAnsweredIdentically() throws {
        let service = try ServiceProcess(["--concurrency", "2"])
        defer { _ = service.stop() }
        let text = Array(try Data(contentsOf: SlantBinary.root.appendingPathComponent(Self.article)))
        let expected = try SlantBinary.run(["audit", Self.article, "--format", "json"]).output
        let client = service.client
        let replies = Self.burst(16) { _ in
            try client.post("/v1/audit?name=\(Self.article)", contentType: "text/plain", body: text)
        }
        for reply in replies {
            let reply = try reply.get()
            #expect(reply.status == 200)
            #expect(Same.bytes(reply.body, expected))
        }
    }

    @Test func aFullQueueAnswers503WithRetryAfter() throws {
        let service = try ServiceProcess(["--concurrency", "1", "--queue", "0"])
        defer { _ = service.stop() }
        let text = Array(try Data(contentsOf: SlantBinary.root.appendingPathComponent(Self.article)))
        let client = service.client
        let replies = Self.burst(16) { _ in try client.post("/v1/audit", contentType: "text/plain", body: text) }
        var answered = 0
        for reply in replies {
            let reply = try reply.get()
            // Whether any request met a busy slot depends on timing; what each answer is does not.
            if reply.status == 503 {
                #expect(reply.headers["retry-after"] == "1")
                #expect(reply.error?.code == "busy")
            } else {
                #expect(reply.status == 200)
                answered += 1
            }
        }
        #expect(answered >= 1)
        #expect(try client.get("/healthz").status == 200)
    }

    @Test func slotsBoundWorkAndRefuseBeyondTheQueue() async throws {
        let slots = AuditSlots(capacity: 1, waitingLimit: 1)
        try await slots.acquire()
        let waiter = Task { try await slots.acquire() }
        // Let the waiter take the one waiting place, then the next is refused at once.
        while await slots.waitingCount == 0 { await Task.yield() }
        await #expect(throws: ServiceError.self) { try await slots.acquire() }
        await slots.release()
        try await waiter.value
        await slots.release()
        try await slots.acquire()
    }
}

/// Results written by concurrent workers, each to its own index.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<LoopbackHTTP.Reply, any Error>?]

    init(_ count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<LoopbackHTTP.Reply, any Error>) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }

    var all: [Result<LoopbackHTTP.Reply, any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return results.map { $0! }
    }
}
