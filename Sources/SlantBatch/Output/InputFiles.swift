import Foundation

/// The files a run reads, by device and inode, so that no output replaces or removes one of
/// them however it is named (a relative path, `./`, a symbolic or a hard link).
public struct InputFiles: Sendable {
    private struct Identity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    private var identities: Set<Identity> = []

    /// `paths` as given on the command line ("-" is standard input and skipped); a directory
    /// counts with every file under it, since a corpus directory is read whole.
    public init(_ paths: [String]) {
        for path in paths where path != "-" {
            guard let identity = Self.identity(of: path, followingLinks: true) else { continue }
            identities.insert(identity)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
                let files = FileManager.default.enumerator(atPath: path)
            else { continue }
            for case let file as String in files {
                if let identity = Self.identity(of: (path as NSString).appendingPathComponent(file), followingLinks: true) {
                    identities.insert(identity)
                }
            }
        }
    }

    /// Whether the file at `path` (following a symbolic link) is one of the inputs.
    public func contains(_ path: String) -> Bool {
        guard !identities.isEmpty, let identity = Self.identity(of: path, followingLinks: true) else { return false }
        return identities.contains(identity)
    }

    /// Throws the refusal to write `path` when it is one of the inputs.
    public func refuseOverwriting(_ path: String) throws(OutputProblem) {
        if contains(path) {
            throw OutputProblem(path: path, reason: "is one of the inputs; slant will not replace an input with its output")
        }
    }

    private static func identity(of path: String, followingLinks: Bool) -> Identity? {
        var status = stat()
        guard (followingLinks ? stat(path, &status) : lstat(path, &status)) == 0 else { return nil }
        return Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }
}
