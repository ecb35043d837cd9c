import Foundation

/// A gzip-compressed corpus file (`corpus.jsonl.gz`, `articles.csv.gz`) read through the system's
/// `gzip -dc`, so a large corpus need not be unpacked before it is compared. The format is the
/// one the extension before `.gz` names.
struct GzipInput {
    /// Whether `path` names a gzip-compressed file by its extension.
    static func isCompressed(_ path: String) -> Bool {
        path != "-" && (path as NSString).pathExtension.lowercased() == "gz"
    }

    /// The extension that decides the format: `jsonl` for `a.jsonl.gz`, `csv` for `a.csv`.
    static func formatExtension(of path: String) -> String {
        let name = isCompressed(path) ? (path as NSString).deletingPathExtension : path
        return (name as NSString).pathExtension
    }

    private let process: Process
    private let errors: Pipe
    /// The decompressed bytes.
    let output: FileHandle

    /// Starts `gzip -dc -- path`; its output is read as the file's content.
    init(path: String) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", "--", path]
        let pipe = Pipe()
        errors = Pipe()
        process.standardOutput = pipe
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        output = pipe.fileHandleForReading
    }

    /// Closes the output and waits for gzip; the problem when it failed (a corrupt or truncated
    /// file), else nil. Closing first ends a gzip whose output was not read to the end (a reader
    /// that stopped early), which then dies of a broken pipe: that is not the file's fault.
    func finish() -> String? {
        try? output.close()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus != 0 else { return nil }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return "cannot decompress (gzip exit \(process.terminationStatus))" + (message.isEmpty ? "" : ": \(message)")
    }
}
