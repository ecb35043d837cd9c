import Foundation
import TestSupport
import Testing

/// The documented distributed recipe: scripts/spark-map-merge.py runs the map step through
/// PySpark's RDD.pipe in local mode, merges, and checks the result against a single run. Spark
/// is not a dependency of slant: `make test` installs PySpark into .build/spark-venv and Java
/// when missing (scripts/ensure-spark), and this test fails, never skips, without them.
@Suite struct SparkMapMergeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
    static let slant = root.appendingPathComponent(".build/debug/slant")
    /// The virtual environment scripts/ensure-spark makes; `SLANT_SPARK_PYTHON` names another.
    static let python =
        ProcessInfo.processInfo.environment["SLANT_SPARK_PYTHON"]
        ?? root.appendingPathComponent(".build/spark-venv/bin/python3").path

    static func succeeds(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus == 0
        } catch {
            return false
        }
    }

    @Test(.timeLimit(.minutes(5)))
    func sparkMapThenMergeEqualsASingleRun() throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.slant.path),
            "needs a built .build/debug/slant (make build)")
        try #require(
            Self.succeeds([Self.python, "-c", "import pyspark"]) && Self.succeeds(["java", "-version"]),
            "needs PySpark in \(Self.python) and Java 17+: run scripts/ensure-spark")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("slant-spark-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let corpus = directory.appendingPathComponent("corpus.jsonl")
        let lines = try BundledData.jsonLines("abp/israel-palestine.jsonl.gz").prefix(30)
        try (lines.joined(separator: "\n") + "\n").write(to: corpus, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            Self.python, Self.root.appendingPathComponent("scripts/spark-map-merge.py").path, corpus.path,
            directory.appendingPathComponent("out").path, "--slant", Self.slant.path, "--partitions", "3",
            "--resamples", "100", "--min-articles", "2", "--check",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("out/comparison.md").path))
    }
}
