import Foundation

/// The built `slant` binary run with its standard descriptors arranged as a shell would
/// (`> /dev/full`, `>&-`, `<&-`): what in-process tests cannot do.
struct SlantProcess {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
    static let binary = root.appendingPathComponent(".build/debug/slant").path
    static var available: Bool { FileManager.default.isExecutableFile(atPath: binary) }

    enum Descriptor {
        case closed
        case file(String, flags: Int32)
    }

    struct Outcome {
        /// The exit code, or nil when a signal ended the process.
        let exitCode: Int32?
        let signal: Int32?
        let standardError: String
    }

    let pid: pid_t
    private let errorFile: String

    /// Starts `slant arguments`, with standard error captured.
    init(
        _ arguments: [String], input: Descriptor = .file("/dev/null", flags: O_RDONLY),
        output: Descriptor = .file("/dev/null", flags: O_WRONLY)
    ) throws {
        errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("slant-stderr-\(UUID().uuidString)").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (descriptor, setting) in [(Int32(0), input), (1, output)] {
            switch setting {
            case .closed: posix_spawn_file_actions_addclose(&actions, descriptor)
            case .file(let path, let flags): posix_spawn_file_actions_addopen(&actions, descriptor, path, flags, 0o644)
            }
        }
        posix_spawn_file_actions_addopen(&actions, 2, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let all = [Self.binary] + arguments
        var cArguments = all.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, Self.binary, &actions, nil, &cArguments, environ)
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
        self.pid = pid
    }

    func wait() -> Outcome {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let standardError = (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: errorFile)
        let signal = status & 0x7f
        return Outcome(
            exitCode: signal == 0 ? (status >> 8) & 0xff : nil, signal: signal == 0 ? nil : signal, standardError: standardError)
    }

    static func run(
        _ arguments: [String], input: Descriptor = .file("/dev/null", flags: O_RDONLY),
        output: Descriptor = .file("/dev/null", flags: O_WRONLY)
    ) throws -> Outcome {
        try SlantProcess(arguments, input: input, output: output).wait()
    }
}
