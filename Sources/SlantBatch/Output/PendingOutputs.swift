import Dispatch
import Foundation

/// Temporary files and staging folders whose output is not complete yet. On SIGINT, SIGTERM or
/// SIGHUP they are removed before the process ends, so an interrupted run leaves the previous
/// results as they were and never a partial file under a final name. `deferringInterruption`
/// holds an interruption back until a group of renames is done, so a set of outputs is replaced
/// all together or not at all.
public final class PendingOutputs: @unchecked Sendable {
    public static let shared = PendingOutputs()

    /// Recursive: a commit holds it and registers or forgets paths inside.
    private let lock = NSRecursiveLock()
    private var paths: Set<String> = []
    private var sources: [any DispatchSourceSignal] = []
    private var installed = false

    /// `path` (a file or a folder) is removed if the process is interrupted before `forget`.
    public func register(_ path: String) {
        lock.withLock {
            installHandlersOnce()
            paths.insert(path)
        }
    }

    public func forget(_ path: String) {
        _ = lock.withLock { paths.remove(path) }
    }

    /// Runs `body` with interruption held back until it returns.
    public func deferringInterruption<Result>(_ body: () throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    private func installHandlersOnce() {
        guard !installed else { return }
        installed = true
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            // A signal ignored by the caller (nohup) stays ignored.
            let previous = signal(signalNumber, SIG_IGN)
            guard unsafeBitCast(previous, to: Int.self) != unsafeBitCast(SIG_IGN, to: Int.self) else { continue }
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [unowned self] in self.interrupted(by: signalNumber) }
            source.resume()
            sources.append(source)
        }
    }

    /// Runs on a dispatch queue, not in a signal handler, so it may use the file system. The
    /// lock is never released: the process ends here, after any commit under way.
    private func interrupted(by signalNumber: Int32) {
        lock.lock()
        for path in paths.sorted().reversed() {
            // A worker may still be adding a file to a staging folder: try again if it was not empty.
            for _ in 0..<3 where (try? FileManager.default.removeItem(atPath: path)) == nil {
                guard FileManager.default.fileExists(atPath: path) else { break }
            }
        }
        _exit(128 + signalNumber)
    }
}
