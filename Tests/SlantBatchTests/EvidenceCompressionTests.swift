import Foundation
import Testing

@testable import SlantBatch

/// `--gzip-evidence` compresses each article's evidence on its worker: every outlet's
/// `.jsonl.gz` must be one valid gzip file holding exactly the bytes the plain run writes, the
/// same bytes whatever the number of workers.
@Suite struct EvidenceCompressionTests {
    /// `gzip -dc` of `path` (the reference decompressor), or nil when gzip finds it corrupt.
    func gunzip(_ path: String) throws -> Data? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", "--", path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? data : nil
    }

    func evidence(_ corpus: URL, into folder: URL, jobs: Int, compressed: Bool) throws -> [String: Data] {
        _ = try BatchRunner(
            auditor: TestCorpus.auditor,
            options: BatchOptions(jobs: jobs, evidenceDirectory: folder.path, compressesEvidence: compressed)
        ).run([corpus.path])
        let articles = folder.appendingPathComponent(BatchOptions.evidenceFolder)
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: articles.path) {
            files[name] = try Data(contentsOf: articles.appendingPathComponent(name))
        }
        return files
    }

    /// More outlets than the writer keeps open (32), so files are closed and reopened between
    /// their articles and their endings are written after a reopen.
    @Test func compressedEvidenceIsThePlainEvidenceInGzip() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let corpus = directory.appendingPathComponent("many.jsonl")
        let lines = (0..<200).map { TestCorpus.jsonLine($0, outlet: "Outlet \($0 % 40)") }
        try TestCorpus.write(lines.joined(separator: "\n") + "\n", to: corpus)
        let plain = try evidence(corpus, into: directory.appendingPathComponent("plain"), jobs: 2, compressed: false)
        let oneWorker = try evidence(corpus, into: directory.appendingPathComponent("one"), jobs: 1, compressed: true)
        let twoWorkers = try evidence(corpus, into: directory.appendingPathComponent("two"), jobs: 2, compressed: true)
        #expect(plain.count == 40)
        #expect(Set(oneWorker.keys) == Set(plain.keys.map { $0 + ".gz" }))
        #expect(oneWorker == twoWorkers, "the compressed bytes depend on the number of workers")
        for (name, bytes) in plain {
            let path = directory.appendingPathComponent("two/articles/\(name).gz").path
            #expect(try gunzip(path) == bytes, "\(name)")
        }
        #expect(plain.values.reduce(0) { $0 + $1.split(separator: UInt8(ascii: "\n")).count } == 200)
    }

    /// The pieces of a gzip file, put together by hand as the writer does: decompressed by
    /// gzip, checked against the trailer's CRC-32 and length, an empty line included.
    @Test func deflatedPiecesMakeOneGzipFile() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let deflater = EvidenceDeflater()
        let lines = [
            Array("{\"a\": 1}\n".utf8), [], Array(String(repeating: "{\"rule\": \"loaded.term\"} ", count: 5_000).utf8),
            Array("é 😀\n".utf8),
        ]
        var file = GzipEvidenceFile.header
        var trailer = GzipEvidenceFile()
        for line in lines {
            let piece = deflater.compress(line)
            #expect(piece.length == line.count)
            file += piece.bytes
            trailer.append(piece)
        }
        file += trailer.ending
        let path = directory.appendingPathComponent("pieces.jsonl.gz").path
        try Data(file).write(to: URL(fileURLWithPath: path))
        #expect(try gunzip(path) == Data(lines.joined()))
        #expect(file.count < lines.joined().count / 10, "a repetitive line compresses")

        // A wrong trailer is caught by gzip: the CRC is really checked.
        var corrupt = file
        corrupt[corrupt.count - 5] ^= 0xFF
        try Data(corrupt).write(to: URL(fileURLWithPath: path))
        #expect(try gunzip(path) == nil)
    }
}
