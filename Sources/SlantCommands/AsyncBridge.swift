import Dispatch
import Foundation

/// Runs async work to its end from a synchronous command's `run()`: `slant` is a synchronous
/// command line, and only `serve` needs Swift concurrency.
enum AsyncBridge {
    static func wait(_ work: @escaping @Sendable () async throws -> Void) throws {
        let outcome = OutcomeBox()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await work()
            } catch {
                outcome.set(error)
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw error }
    }

    /// The error, if any, handed from the task to the waiting thread (the semaphore orders the two).
    private final class OutcomeBox: @unchecked Sendable {
        private(set) var error: (any Error)?
        func set(_ error: any Error) { self.error = error }
    }
}
