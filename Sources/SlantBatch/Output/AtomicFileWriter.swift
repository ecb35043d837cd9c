import Foundation

/// Writes a file whole or not at all: the bytes go to a hidden temporary file in the same
/// folder, which is then renamed over the final name (atomic within a folder), so a reader, a
/// failed write or Ctrl-C never leaves a partial file under the final name and an existing file
/// is replaced only by a complete one. There is no fsync: it made writing 500 reports several
/// times slower, and what it guards against (power loss) is not what these files risk.
public enum AtomicFileWriter {
    public static func write(_ data: Data, to path: String) throws(OutputProblem) {
        try data.withUnsafeBytes { buffer in Result { () throws(OutputProblem) in try write(bytes: buffer, to: path) } }.get()
    }

    public static func write(_ bytes: [UInt8], to path: String) throws(OutputProblem) {
        try bytes.withUnsafeBytes { buffer in Result { () throws(OutputProblem) in try write(bytes: buffer, to: path) } }.get()
    }

    public static func write(_ text: String, to path: String) throws(OutputProblem) {
        var text = text
        try text.withUTF8 { buffer in
            Result { () throws(OutputProblem) in try write(bytes: UnsafeRawBufferPointer(buffer), to: path) }
        }.get()
    }

    /// The hidden temporary name beside `path`; `PendingOutputs` removes it if the run is interrupted.
    static func temporaryPath(for path: String) -> String {
        let folder = ParentPath.of(path)
        let name = ".\((path as NSString).lastPathComponent).slant-tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        return folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
    }

    /// The same, with the bytes given a piece at a time by `body` through a `BufferedOutput`: a
    /// report that grows with the corpus is never whole in memory. An error `body` throws leaves
    /// no file, like a failed write, and is thrown on as it is.
    public static func write(to path: String, pieces body: (BufferedOutput) throws -> Void) throws {
        var failure: (any Error)?
        try write(to: path) { (descriptor) throws(OutputProblem) in
            let output = BufferedOutput(descriptor: descriptor, path: path)
            do {
                try body(output)
            } catch let problem as OutputProblem {
                throw problem
            } catch {
                failure = error
                throw OutputProblem(path: path, reason: "\(error)")
            }
            try output.flush()
        }
        if let failure { throw failure }
    }

    private static func write(bytes: UnsafeRawBufferPointer, to requested: String) throws(OutputProblem) {
        try write(to: requested) { (descriptor) throws(OutputProblem) in
            try FileDescriptorWriter.writeAll(bytes, to: descriptor, path: requested)
        }
    }

    private static func write(to requested: String, contents: (Int32) throws(OutputProblem) -> Void) throws(OutputProblem) {
        let path = resolvingSymbolicLink(requested)
        var existing = stat()
        if stat(path, &existing) == 0, existing.st_mode & S_IFMT == S_IFDIR {
            throw OutputProblem(path: requested, errno: EISDIR)
        }
        let temporary = temporaryPath(for: path)
        PendingOutputs.shared.register(temporary)
        defer { PendingOutputs.shared.forget(temporary) }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw OutputProblem(path: requested, errno: errno) }
        do throws(OutputProblem) {
            // Replacing a file keeps its permissions (a new one gets the umask's).
            if existing.st_mode != 0 { fchmod(descriptor, existing.st_mode & 0o7777) }
            try contents(descriptor)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        guard close(descriptor) == 0 else {
            let code = errno
            unlink(temporary)
            throw OutputProblem(path: requested, errno: code)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw OutputProblem(path: requested, errno: code)
        }
    }

    /// A symbolic link's target, so that writing replaces the file it points to, as writing
    /// through the link would, instead of the link.
    private static func resolvingSymbolicLink(_ path: String) -> String {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK,
            let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: path)
        else { return path }
        return resolved.hasPrefix("/")
            ? resolved : (ParentPath.of(path) as NSString).appendingPathComponent(resolved)
    }
}
