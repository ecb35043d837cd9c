import Foundation

/// Writes each outlet's evidence lines to `DIR/articles/<slug>.jsonl` as results arrive, so no
/// article's findings stay in memory. A bounded number of files is kept open (least recently
/// used closed first), since a corpus may have thousands of outlets.
final class EvidenceWriter {
    private let directory: String
    private let maximumOpen: Int
    private var open: [String: FileHandle] = [:]
    private var lastUse: [String: Int] = [:]
    private var clock = 0
    private var started = Set<String>()

    /// Creates `DIR/articles` and removes evidence files a previous run left there, which would
    /// otherwise sit beside this run's as if they were part of it.
    init(directory: String, maximumOpen: Int = 32) throws {
        self.directory = (directory as NSString).appendingPathComponent(BatchOptions.evidenceFolder)
        self.maximumOpen = maximumOpen
        let manager = FileManager.default
        try manager.createDirectory(atPath: self.directory, withIntermediateDirectories: true)
        for name in try manager.contentsOfDirectory(atPath: self.directory)
        where name.hasSuffix(".jsonl") || name.hasSuffix(".jsonl.gz") {
            try manager.removeItem(atPath: (self.directory as NSString).appendingPathComponent(name))
        }
    }

    deinit {
        for handle in open.values { try? handle.close() }
    }

    func write(_ line: [UInt8], slug: String) throws {
        let handle = try handle(for: slug)
        clock += 1
        lastUse[slug] = clock
        try handle.write(contentsOf: line)
    }

    /// Moves an outlet's file to a new slug (when another outlet's slug turned out to be the same).
    func rename(slug: String, to newSlug: String) throws {
        try open.removeValue(forKey: slug)?.close()
        lastUse[slug] = nil
        guard started.remove(slug) != nil else { return }
        try FileManager.default.moveItem(atPath: path(slug), toPath: path(newSlug))
        started.insert(newSlug)
    }

    private func path(_ slug: String) -> String {
        (directory as NSString).appendingPathComponent("\(slug).jsonl")
    }

    func close() throws {
        for handle in open.values { try handle.close() }
        open = [:]
    }

    private func handle(for slug: String) throws -> FileHandle {
        if let handle = open[slug] { return handle }
        if open.count >= maximumOpen, let oldest = open.keys.min(by: { lastUse[$0]! < lastUse[$1]! }) {
            try open.removeValue(forKey: oldest)?.close()
        }
        let path = path(slug)
        if !started.contains(slug) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
            started.insert(slug)
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        try handle.seekToEnd()
        open[slug] = handle
        return handle
    }
}
