import Dispatch

/// Runs CPU-bound engine work on a Dispatch thread: an audit holds its thread for milliseconds,
/// and on Swift's cooperative pool (one thread per core) it would stall every other request's
/// reading and writing meanwhile.
enum BlockingWork {
    static func run<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }
}
