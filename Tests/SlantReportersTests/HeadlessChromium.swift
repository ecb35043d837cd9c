import Foundation

/// Debian's `chromium` run headless on a local page: the rendered DOM after the page's
/// scripts ran. `scripts/ensure-chromium` (run by `make test`) installs it when missing.
struct HeadlessChromium {
    /// `SLANT_CHROMIUM` names another binary.
    static let executable = ProcessInfo.processInfo.environment["SLANT_CHROMIUM"] ?? "chromium"

    static var available: Bool {
        ProcessInfo.processInfo.environment["PATH", default: ""].split(separator: ":").contains { directory in
            FileManager.default.isExecutableFile(atPath: "\(directory)/\(executable)")
        } || FileManager.default.isExecutableFile(atPath: executable)
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// `chromium --headless --dump-dom file://page`: the serialized DOM on standard output.
    static func dumpDOM(of page: URL) throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("slant-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // No sandbox: CI runs as root, where Chromium's sandbox refuses to start; the page is our own.
        process.arguments = [
            executable, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)",
            "--dump-dom", page.absoluteString,
        ]
        // A file, not a pipe: a pipe's end reaches EOF only when every process holding it has
        // closed it, and processes other tests start at the same time may inherit it (a run of
        // the whole suite waited minutes for the Spark test's children that way).
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        let dom = profile.appendingPathComponent("dom.html")
        FileManager.default.createFile(atPath: dom.path, contents: nil)
        let output = try FileHandle(forWritingTo: dom)
        defer { try? output.close() }
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A hung browser fails the test instead of holding the suite.
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        process.waitUntilExit()
        watchdog.cancel()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "chromium exited with \(process.terminationStatus)")
        }
        return try String(contentsOf: dom, encoding: .utf8)
    }
}
