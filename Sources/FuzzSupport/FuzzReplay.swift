import Foundation

/// What a fuzz target's executable does when it is built without libFuzzer: runs each file
/// named on the command line (folders: every file under them) through the target's checks, so
/// a crash reproducer or the seed corpus can be replayed under the debugger or a plain build.
public enum FuzzReplay {
    public static func main(_ check: ([UInt8]) -> Void) -> Never {
        let arguments = CommandLine.arguments.dropFirst()
        guard !arguments.isEmpty, !arguments.contains(where: { $0 == "-h" || $0 == "--help" }) else {
            let name = (CommandLine.arguments.first ?? "fuzz-target") as NSString
            FileHandle.standardError.write(
                Data(
                    """
                    usage: \(name.lastPathComponent) FILE|FOLDER...
                    Replays each input through the fuzz target's checks (scripts/fuzz runs the fuzzer).

                    """.utf8))
            exit(2)
        }
        var replayed = 0
        for path in arguments.flatMap(files(under:)) {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                exit(2)
            }
            // Named before it runs: if it crashes, the last name printed is the culprit.
            FileHandle.standardError.write(Data("Running: \(path)\n".utf8))
            check([UInt8](data))
            replayed += 1
        }
        print("replayed \(replayed) inputs: every invariant held")
        exit(0)
    }

    /// `path` itself, or every regular file below it in byte order of the path.
    static func files(under path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return [path]
        }
        let subpaths = (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []
        return subpaths.map { (path as NSString).appendingPathComponent($0) }.filter { file in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
