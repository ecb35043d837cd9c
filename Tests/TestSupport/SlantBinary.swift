import Foundation

/// The built `slant` (`make test` builds it before the tests run), for tests that compare a
/// service's bytes with the command line's or drive a server as a separate process.
public enum SlantBinary {
    /// The repository's root folder.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardized
    public static let path = root.appendingPathComponent(".build/debug/slant").path

    /// Runs `slant arguments` in the repository's root to its end: standard output and the exit code.
    public static func run(_ arguments: [String], input: Data? = nil) throws -> (output: Data, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = root
        let output = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardInput = input == nil ? FileHandle.nullDevice : standardInput
        process.standardError = FileHandle.nullDevice
        try process.run()
        if let input {
            try standardInput.fileHandleForWriting.write(contentsOf: input)
            try standardInput.fileHandleForWriting.close()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (data, process.terminationStatus)
    }
}
