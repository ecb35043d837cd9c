import Foundation

/// Why an output could not be written, in words a user can act on: the path and the reason
/// ("reports/a.md: cannot write: Permission denied"), never a Foundation error domain.
public struct OutputProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// Empty for standard output, whose reason says so.
    public let path: String
    public let reason: String
    /// The system's error number, when a system call failed.
    public let code: Int32?

    public init(path: String, reason: String, code: Int32? = nil) {
        self.path = path
        self.reason = reason
        self.code = code
    }

    /// A failed system call on `path`, with the reason from its `errno`.
    public init(path: String, errno code: Int32) {
        self.init(path: path, reason: "cannot write: \(Self.describe(errno: code, path: path))", code: code)
    }

    public var description: String { path.isEmpty ? reason : "\(path): \(reason)" }

    /// The system's message for `code`, made specific where the system's is vague.
    public static func describe(errno code: Int32, path: String) -> String {
        guard code == ENOENT else { return String(cString: strerror(code)) }
        let folder = ParentPath.of(path)
        return "No such directory (\(folder.isEmpty ? "." : folder))"
    }
}
