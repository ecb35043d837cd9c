import SlantBatch

/// An `--output` folder that one run at a time writes to, through a staging folder inside it:
/// created if missing, locked (`OutputLock`), and staged (`OutputStaging`), so nothing in it
/// changes until the run commits. `close()` drops what was not committed and releases the lock.
final class StagedOutputFolder {
    let staging: OutputStaging
    private let lock: OutputLock

    /// Nil without an output folder.
    static func open(_ output: String?, inputs: InputFiles) throws -> StagedOutputFolder? {
        guard let output else { return nil }
        try OutputDirectory.create(output)
        let lock = try OutputLock(directory: output)
        do {
            return StagedOutputFolder(staging: try OutputStaging(directory: output, inputs: inputs), lock: lock)
        } catch {
            lock.release()
            throw error
        }
    }

    private init(staging: OutputStaging, lock: OutputLock) {
        self.staging = staging
        self.lock = lock
    }

    func close() {
        staging.discard()
        lock.release()
    }
}
