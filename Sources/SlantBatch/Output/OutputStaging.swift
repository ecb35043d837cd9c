import Foundation

/// A run's outputs gathered in a hidden folder inside the output folder (`DIR/.slant-tmp-XXXXXX`)
/// and moved into place only once all of them are complete: until then the previous results
/// stay as they were, and an interrupted or failed run leaves them untouched. The moves are
/// renames within one file system, made with interruption held back, so the reports and the
/// evidence they link to are replaced together. No output may replace an input.
public final class OutputStaging {
    public static let prefix = ".slant-tmp-"

    /// The final output folder.
    public let directory: String
    /// The staging folder inside it.
    public let path: String
    private let inputs: InputFiles
    private var finished = false

    public init(directory: String, inputs: InputFiles) throws(OutputProblem) {
        self.directory = directory
        self.inputs = inputs
        var template = Array((directory as NSString).appendingPathComponent(Self.prefix + "XXXXXX").utf8CString)
        guard let created = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw OutputProblem(path: directory, errno: errno)
        }
        path = String(cString: created)
        PendingOutputs.shared.register(path)
    }

    deinit { discard() }

    /// Where to write `name` (a file, or a folder such as `articles`) while staging.
    public func stagedPath(_ name: String) -> String {
        (path as NSString).appendingPathComponent(name)
    }

    /// Moves the staged files into `directory`. With `evidenceFolder`, the staged folder's files
    /// replace the final folder's evidence files (`*.jsonl`, `*.jsonl.gz`), and the evidence
    /// files of an earlier run that this run did not write are removed, except inputs. Checks
    /// first that no destination is an input, so a refusal changes nothing.
    public func commit(evidenceFolder: String?) throws(OutputProblem) {
        let reports = try stagedFiles(in: path)
        let evidence = try evidenceFolder.map { folder throws(OutputProblem) in try stagedFiles(in: stagedPath(folder)) } ?? []
        for name in reports { try inputs.refuseOverwriting(destination(name)) }
        if let evidenceFolder {
            for name in evidence { try inputs.refuseOverwriting(destination(evidenceFolder, name)) }
        }
        let result: Result<Void, OutputProblem> = PendingOutputs.shared.deferringInterruption {
            Result { () throws(OutputProblem) in
                if let evidenceFolder {
                    try OutputDirectory.create(destination(evidenceFolder))
                    for name in evidence { try move(stagedPath(evidenceFolder), name, to: destination(evidenceFolder)) }
                    removeStaleEvidence(in: destination(evidenceFolder), keeping: Set(evidence))
                }
                for name in reports { try move(path, name, to: directory) }
            }
        }
        try result.get()
        discard()
    }

    /// Removes the staging folder and whatever is still in it.
    public func discard() {
        guard !finished else { return }
        finished = true
        try? FileManager.default.removeItem(atPath: path)
        PendingOutputs.shared.forget(path)
    }

    private func destination(_ components: String...) -> String {
        components.reduce(directory) { ($0 as NSString).appendingPathComponent($1) }
    }

    /// The regular files directly in `folder`, sorted (none if it does not exist).
    private func stagedFiles(in folder: String) throws(OutputProblem) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { name in
            var status = stat()
            return stat((folder as NSString).appendingPathComponent(name), &status) == 0 && status.st_mode & S_IFMT == S_IFREG
        }.sorted()
    }

    private func move(_ folder: String, _ name: String, to target: String) throws(OutputProblem) {
        let final = (target as NSString).appendingPathComponent(name)
        guard rename((folder as NSString).appendingPathComponent(name), final) == 0 else {
            throw OutputProblem(path: final, errno: errno)
        }
    }

    private func removeStaleEvidence(in folder: String, keeping written: Set<String>) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where (name.hasSuffix(".jsonl") || name.hasSuffix(".jsonl.gz")) && !written.contains(name) {
            let stale = (folder as NSString).appendingPathComponent(name)
            if !inputs.contains(stale) { unlink(stale) }
        }
    }
}
