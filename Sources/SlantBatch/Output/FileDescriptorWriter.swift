import Foundation

/// `write(2)` until every byte is out, retrying after a signal: what Foundation's
/// `FileHandle.write(_:)` does, except that a failure is an error to report, not a crash.
public enum FileDescriptorWriter {
    /// `path` names the destination in the error (a file, or "standard output").
    public static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, path: String) throws(OutputProblem) {
        guard var next = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = Foundation.write(descriptor, next, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputProblem(path: path, errno: errno)
            }
            next += written
            remaining -= written
        }
    }
}
