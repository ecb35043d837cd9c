import Foundation

/// Reads a whole input with read(2) until the end, so a pipe, a FIFO or a process substitution
/// (`slant audit <(curl ...)`) is read like a file; FileManager's `contents(atPath:)` gave up on
/// them and the failure was reported as "permission denied". Errors come from errno.
public enum InputFile {
    public struct Failure: Error, Equatable {
        public let reason: String
    }

    public static func readAll(path: String) throws(Failure) -> [UInt8] {
        let descriptor = try open(path: path)
        defer { close(descriptor) }
        return try readAll(descriptor: descriptor)
    }

    /// A descriptor open for reading; a directory is refused.
    public static func open(path: String) throws(Failure) -> Int32 {
        let descriptor = Foundation.open(path, O_RDONLY)
        guard descriptor >= 0 else { throw Failure(reason: reason(errno)) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let failure = Failure(reason: reason(errno))
            close(descriptor)
            throw failure
        }
        guard status.st_mode & S_IFMT != S_IFDIR else {
            close(descriptor)
            throw Failure(reason: "is a directory")
        }
        return descriptor
    }

    /// "a FIFO", "a socket" ... for a path that exists but is not a regular file or directory,
    /// following symbolic links; nil for a regular file, a directory, or a path that cannot be
    /// examined.
    public static func specialKind(path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFIFO: return "a FIFO or pipe"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        default: return nil
        }
    }

    public static func readAll(descriptor: Int32) throws(Failure) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(reason: reason(errno))
            }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    public static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES, EPERM: "permission denied"
        case EISDIR: "is a directory"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}
