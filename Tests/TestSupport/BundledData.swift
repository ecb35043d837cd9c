import Foundation

/// The data committed under `Data/` (real articles and annotations, gzip-compressed, each
/// folder with its licence), so the tests need nothing beside the repository.
public enum BundledData {
    /// The repository's `Data` folder.
    public static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Data").standardized

    /// The path of `relative` (e.g. "abp/israel-palestine.jsonl.gz") under `Data/`.
    public static func path(_ relative: String) -> String {
        folder.appendingPathComponent(relative).path
    }

    /// The decompressed bytes of a `.gz` file under `Data/`, through the system's gzip (always on
    /// Debian; the package has no zlib binding of its own). A missing or corrupt file is an error
    /// that names it, so a test fails saying what is wrong rather than on an empty list.
    public static func decompressed(_ relative: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", "--", path(relative)]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: path(relative)])
        }
        return data
    }

    /// The non-empty lines of a compressed JSON Lines file under `Data/`.
    public static func jsonLines(_ relative: String) throws -> [String] {
        String(decoding: try decompressed(relative), as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
