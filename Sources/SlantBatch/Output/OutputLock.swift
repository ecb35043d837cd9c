import Foundation

/// One writer at a time per output folder: `DIR/.slant.lock`, held with `flock` for the run.
/// A second run into the same folder fails at once instead of interleaving its evidence with
/// the first's. The kernel releases the lock when its holder ends, however it ends, so a lock
/// file left by a killed run is not in the way; the file is removed when the lock is released.
public final class OutputLock {
    public static let fileName = ".slant.lock"

    public let path: String
    private let descriptor: Int32
    private var released = false

    public init(directory: String) throws(OutputProblem) {
        path = (directory as NSString).appendingPathComponent(Self.fileName)
        while true {
            let candidate = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard candidate >= 0 else { throw OutputProblem(path: path, errno: errno) }
            guard flock(candidate, LOCK_EX | LOCK_NB) == 0 else {
                let code = errno
                let holder = Self.holder(candidate)
                close(candidate)
                guard code == EWOULDBLOCK else { throw OutputProblem(path: path, errno: code) }
                throw OutputProblem(
                    path: directory,
                    reason: "another slant run is writing to this folder\(holder.map { " (pid \($0))" } ?? ""); "
                        + "wait for it to finish or choose another --output")
            }
            // The holder before us may have removed the file after we opened it: lock the one now there.
            var locked = stat()
            var current = stat()
            guard fstat(candidate, &locked) == 0, stat(path, &current) == 0, locked.st_ino == current.st_ino,
                locked.st_dev == current.st_dev
            else {
                close(candidate)
                continue
            }
            descriptor = candidate
            break
        }
        let pid = Array("\(getpid())\n".utf8)
        ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        PendingOutputs.shared.register(path)
    }

    deinit { release() }

    /// Removes the lock file, then lets go of the lock (in that order, so a run waiting on the
    /// old file sees it gone and takes a new one).
    public func release() {
        guard !released else { return }
        released = true
        PendingOutputs.shared.forget(path)
        unlink(path)
        close(descriptor)
    }

    /// The process id written by the lock's holder, if it is there yet.
    private static func holder(_ descriptor: Int32) -> Int? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
