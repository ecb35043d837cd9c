import Foundation

/// Writes each outlet's evidence lines to `DIR/articles/<slug>.jsonl` (`.jsonl.gz` when they
/// come compressed from the workers) as results arrive, so no article's findings stay in
/// memory. A bounded number of files is kept open (least recently used closed first), since a
/// corpus may have tens of thousands of outlets. `DIR` is a fresh staging folder
/// (`OutputStaging`): nothing of an earlier run is removed here.
final class EvidenceWriter {
    static func fileExtension(compressed: Bool) -> String { compressed ? "jsonl.gz" : "jsonl" }

    private let directory: String
    private let compressed: Bool
    private let maximumOpen: Int
    private var open: [String: Int32] = [:]
    private var lastUse: [String: Int] = [:]
    private var clock = 0
    private var started = Set<String>()
    /// Each compressed file's running CRC and length, for its trailer at `close()`.
    private var gzipFiles: [String: GzipEvidenceFile] = [:]

    init(directory: String, compressed: Bool = false, maximumOpen: Int = 32) throws(OutputProblem) {
        self.directory = (directory as NSString).appendingPathComponent(BatchOptions.evidenceFolder)
        self.compressed = compressed
        self.maximumOpen = maximumOpen
        try OutputDirectory.create(self.directory)
    }

    deinit {
        for descriptor in open.values { Foundation.close(descriptor) }
    }

    func write(_ line: EvidenceLine, slug: String) throws(OutputProblem) {
        switch line {
        case .plain(let bytes):
            precondition(!compressed, "a plain evidence line for a compressed file")
            try append(bytes, slug: slug)
        case .deflated(let piece):
            precondition(compressed, "a compressed evidence line for a plain file")
            if gzipFiles[slug] == nil { try append(GzipEvidenceFile.header, slug: slug) }
            try append(piece.bytes, slug: slug)
            gzipFiles[slug, default: GzipEvidenceFile()].append(piece)
        }
    }

    /// Moves an outlet's file to a new slug (when another outlet's slug turned out to be the same).
    func rename(slug: String, to newSlug: String) throws(OutputProblem) {
        if let descriptor = open.removeValue(forKey: slug), Foundation.close(descriptor) != 0 {
            throw OutputProblem(path: path(slug), errno: errno)
        }
        lastUse[slug] = nil
        gzipFiles[newSlug] = gzipFiles.removeValue(forKey: slug)
        guard started.remove(slug) != nil else { return }
        guard Foundation.rename(path(slug), path(newSlug)) == 0 else { throw OutputProblem(path: path(newSlug), errno: errno) }
        started.insert(newSlug)
    }

    /// Ends every compressed file (reopening those closed to make room) and closes them all.
    func close() throws(OutputProblem) {
        for (slug, file) in gzipFiles.sorted(by: { $0.key < $1.key }) { try append(file.ending, slug: slug) }
        gzipFiles = [:]
        defer { open = [:] }
        for (slug, descriptor) in open where Foundation.close(descriptor) != 0 {
            throw OutputProblem(path: path(slug), errno: errno)
        }
    }

    private func append(_ bytes: [UInt8], slug: String) throws(OutputProblem) {
        let descriptor = try descriptor(for: slug)
        clock += 1
        lastUse[slug] = clock
        let result: Result<Void, OutputProblem> = bytes.withUnsafeBytes { bytes in
            Result { () throws(OutputProblem) in try FileDescriptorWriter.writeAll(bytes, to: descriptor, path: path(slug)) }
        }
        try result.get()
    }

    private func path(_ slug: String) -> String {
        (directory as NSString).appendingPathComponent("\(slug).\(Self.fileExtension(compressed: compressed))")
    }

    private func descriptor(for slug: String) throws(OutputProblem) -> Int32 {
        if let descriptor = open[slug] { return descriptor }
        if open.count >= maximumOpen, let oldest = open.keys.min(by: { lastUse[$0]! < lastUse[$1]! }) {
            let descriptor = open.removeValue(forKey: oldest)!
            lastUse[oldest] = nil
            guard Foundation.close(descriptor) == 0 else { throw OutputProblem(path: path(oldest), errno: errno) }
        }
        // The first line of a run truncates, later ones (after the file was closed to make room) append.
        let flags = O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | (started.contains(slug) ? 0 : O_TRUNC)
        let descriptor = Foundation.open(path(slug), flags, 0o666)
        guard descriptor >= 0 else { throw OutputProblem(path: path(slug), errno: errno) }
        started.insert(slug)
        open[slug] = descriptor
        return descriptor
    }
}
