import Foundation
import TestSupport

/// `slant serve --port 0 ...` started from the built binary; the port is read from its first
/// line of output ("listening on http://127.0.0.1:PORT").
final class ServiceProcess {
    let process: PipedProcess
    let listeningLine: String
    let client: LoopbackHTTP

    init(_ arguments: [String] = []) throws {
        process = try PipedProcess(["serve", "--port", "0"] + arguments)
        listeningLine = try process.readLine(timeout: 60)
        guard let port = listeningLine.split(separator: ":").last.flatMap({ Int($0) }) else {
            throw LoopbackHTTP.Failure(description: "unexpected first line '\(listeningLine)'")
        }
        client = LoopbackHTTP(port: port)
    }

    /// SIGTERM, as a service manager stops it; the exit code (nil if a signal ended it instead).
    func stop(signal: Int32 = SIGTERM) -> Int32? { process.stop(signal: signal) }
}
