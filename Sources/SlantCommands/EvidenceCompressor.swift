import ArgumentParser
import Foundation
import SlantBatch

/// Compresses a finished run's evidence files with the system's `gzip -n` (no name or time
/// stamp in the header, so the same content gives the same bytes), for corpora whose evidence
/// is too large to keep or commit as plain JSON Lines.
enum EvidenceCompressor {
    static let fileExtension = "jsonl.gz"

    static func compress(outputDirectory: String) throws {
        let folder = (outputDirectory as NSString).appendingPathComponent(BatchOptions.evidenceFolder)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".jsonl") }.sorted()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasSuffix(".jsonl.gz") {
            try FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
        }
        guard !files.isEmpty else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-n", "-9", "-f", "--"] + files
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError("gzip failed (exit \(process.terminationStatus)) on the evidence files in \(folder)")
        }
    }
}
