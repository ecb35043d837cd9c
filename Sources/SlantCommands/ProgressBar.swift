import Foundation
import SlantBatch

/// A one-line progress bar on standard error, drawn only when standard error is a terminal (so
/// logs, pipes and CI stay quiet) and at most ten times a second.
final class ProgressBar {
    private let enabled: Bool
    private var lastDraw = Date.distantPast
    private var drew = false

    init(enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.enabled = enabled
    }

    func update(_ progress: BatchProgress) {
        guard enabled, Date().timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = Date()
        var line = "\(progress.records) records"
        if progress.skipped > 0 { line += " (\(progress.skipped) skipped)" }
        let megabytes = String(format: "%.1f MB", Double(progress.bytesRead) / 1_000_000)
        if let total = progress.totalBytes, total > 0 {
            let fraction = min(1, Double(progress.bytesRead) / Double(total))
            let filled = Int(fraction * 30)
            let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: 30 - filled)
            line = "[\(bar)] \(Int(fraction * 100))% " + line + ", \(megabytes)"
        } else {
            line += ", \(megabytes)"
        }
        StandardStreams.writeError("\r\u{1B}[2K\(line)")
        drew = true
    }

    func finish() {
        guard enabled, drew else { return }
        StandardStreams.writeError("\r\u{1B}[2K")
    }
}
