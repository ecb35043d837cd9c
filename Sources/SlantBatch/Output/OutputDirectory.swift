import Foundation

/// Creates an output folder and any missing parents, with a clear error naming the path that
/// could not be made ("out/reports: cannot write: Permission denied", "... Not a directory").
public enum OutputDirectory {
    public static func create(_ path: String) throws(OutputProblem) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw OutputProblem(path: path, reason: "cannot write: Not a directory") }
            return
        }
        let parent = ParentPath.of(path)
        if !parent.isEmpty && parent != path { try create(parent) }
        guard mkdir(path, 0o777) == 0 || errno == EEXIST else {
            throw OutputProblem(path: path, reason: "cannot create the folder: \(String(cString: strerror(errno)))")
        }
    }
}
