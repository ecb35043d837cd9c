import Foundation
import SlantBatch
import SlantCore

/// Standard input, output and error as slant uses them: a failed write (a full disk, a closed
/// descriptor) is an error with the system's reason and exit code 2, never a crash, and a
/// stream the caller closed (`>&-`, `<&-`) is reported as closed.
enum StandardStreams {
    /// The standard descriptors (0, 1, 2) that were closed when slant started. Each is then held
    /// by /dev/null opened read-only, so that no file slant opens takes its number (a report
    /// would otherwise be written into a file opened as descriptor 1) and writing to it fails.
    static let closedAtStart: Set<Int32> = {
        var closed: Set<Int32> = []
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            closed.insert(descriptor)
            let placeholder = open("/dev/null", O_RDONLY)
            if placeholder >= 0 && placeholder != descriptor {
                dup2(placeholder, descriptor)
                close(placeholder)
            }
        }
        return closed
    }()

    static func write(_ text: String) throws(OutputProblem) {
        var text = text
        try text.withUTF8 { buffer in
            Result { () throws(OutputProblem) in try write(bytes: UnsafeRawBufferPointer(buffer)) }
        }.get()
    }

    static func write(_ data: Data) throws(OutputProblem) {
        try data.withUnsafeBytes { buffer in Result { () throws(OutputProblem) in try write(bytes: buffer) } }.get()
    }

    /// Text a piece at a time from `body`, through a buffer.
    static func write(pieces body: (BufferedOutput) throws -> Void) throws(OutputProblem) {
        guard !closedAtStart.contains(STDOUT_FILENO) else {
            throw OutputProblem(path: "", reason: "cannot write to standard output: it is closed")
        }
        let output = BufferedOutput(descriptor: STDOUT_FILENO, path: "")
        do {
            try body(output)
            try output.flush()
        } catch let error as OutputProblem {
            let reason = error.code.map { String(cString: strerror($0)) } ?? error.reason
            throw OutputProblem(path: "", reason: "cannot write to standard output: \(reason)", code: error.code)
        } catch {
            throw OutputProblem(path: "", reason: "cannot write the report: \(error)")
        }
    }

    /// A message on standard error; if even that fails there is nowhere left to say so.
    static func writeError(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            _ = try? FileDescriptorWriter.writeAll(UnsafeRawBufferPointer(buffer), to: STDERR_FILENO, path: "standard error")
        }
    }

    /// Everything on standard input, or why it cannot be read.
    static func readInput() throws(InputProblem) -> [UInt8] {
        guard !closedAtStart.contains(STDIN_FILENO) else {
            throw .unreadable(file: "-", reason: "standard input is closed")
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(file: "-", reason: String(cString: strerror(errno)))
            }
            bytes += chunk[..<count]
        }
    }

    /// An article from a file, or from standard input for "-".
    static func readArticle(_ path: String, name: String? = nil) throws(InputProblem) -> SourceText {
        guard path == "-" else { return try InputDecoder.read(path: path) }
        return try InputDecoder.decode(try readInput(), name: name ?? "-")
    }

    private static func write(bytes: UnsafeRawBufferPointer) throws(OutputProblem) {
        guard !closedAtStart.contains(STDOUT_FILENO) else {
            throw OutputProblem(path: "", reason: "cannot write to standard output: it is closed")
        }
        do {
            try FileDescriptorWriter.writeAll(bytes, to: STDOUT_FILENO, path: "")
        } catch {
            let reason = error.code.map { String(cString: strerror($0)) } ?? error.reason
            throw OutputProblem(path: "", reason: "cannot write to standard output: \(reason)", code: error.code)
        }
    }
}
