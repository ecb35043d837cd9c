import Foundation

/// A long-running `slant` (a server) with pipes to its standard input and output, read with a
/// deadline so that a server that stops answering fails the test instead of hanging it.
public final class PipedProcess: @unchecked Sendable {
    public struct Timeout: Error, CustomStringConvertible {
        public let description: String
    }

    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var buffer: [UInt8] = []

    public init(_ arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: SlantBinary.path)
        process.arguments = arguments
        process.currentDirectoryURL = SlantBinary.root
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    public var processIdentifier: Int32 { process.processIdentifier }

    public func write(_ bytes: [UInt8]) throws {
        try input.fileHandleForWriting.write(contentsOf: Data(bytes))
    }

    public func closeInput() throws {
        try input.fileHandleForWriting.close()
    }

    /// The next line of standard output, without its newline.
    public func readLine(timeout: Double = 30) throws -> String {
        try read(timeout: timeout) { buffer in
            guard let end = buffer.firstIndex(of: 0x0A) else { return nil }
            return (String(decoding: buffer[..<end], as: UTF8.self), end + 1)
        }
    }

    /// Reads until `take` finds a whole item at the start of the buffer (returning it and the
    /// bytes it used), or the deadline passes.
    public func read<Item>(timeout: Double = 30, _ take: ([UInt8]) -> (Item, Int)?) throws -> Item {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let (item, used) = take(buffer) {
                buffer.removeFirst(used)
                return item
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { throw Timeout(description: "no complete output within \(timeout) s") }
            var descriptor = pollfd(fd: output.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(remaining * 1000))
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { continue }
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { throw Timeout(description: "the process closed its output") }
            buffer += chunk
        }
    }

    /// Sends `signal` and waits for the end: the exit code, or nil when a signal ended it.
    public func stop(signal: Int32 = SIGTERM) -> Int32? {
        kill(process.processIdentifier, signal)
        return waitForExit()
    }

    public func waitForExit() -> Int32? {
        process.waitUntilExit()
        return process.terminationReason == .exit ? process.terminationStatus : nil
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}
