import Foundation
import SlantBatch

/// Compresses a finished run's evidence files with the system's `gzip -n` (no name or time
/// stamp in the header, so the same content gives the same bytes), for corpora whose evidence
/// is too large to keep or commit as plain JSON Lines. The files go to gzip in batches, so tens
/// of thousands of outlets never make an argument list the system refuses ("Argument list too
/// long"), and gzip keeps the originals (`-k`) until every batch has succeeded: a failure
/// leaves the plain files, and the report can still link to them.
enum EvidenceCompressor {
    static let fileExtension = "jsonl.gz"
    /// Files per gzip process: far below any system's argument limit (slugs are at most 57 bytes).
    static let batchSize = 1_000

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Compresses every `*.jsonl` in `folder` to `*.jsonl.gz` and removes the originals; on a
    /// failure removes the compressed copies instead and throws.
    static func compress(folder: String, batchSize: Int = batchSize) throws(Failure) {
        let files =
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted()
        do {
            for start in stride(from: 0, to: files.count, by: batchSize) {
                try gzip(Array(files[start..<min(files.count, start + batchSize)]), in: folder)
            }
        } catch {
            for name in files { unlink((folder as NSString).appendingPathComponent(name + ".gz")) }
            throw error
        }
        for name in files { unlink((folder as NSString).appendingPathComponent(name)) }
    }

    private static func gzip(_ files: [String], in folder: String) throws(Failure) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-n", "-9", "-k", "-f", "--"] + files
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot run gzip: \(error.localizedDescription)")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "gzip failed (exit \(process.terminationStatus)) on the evidence files in \(folder)")
        }
    }
}
