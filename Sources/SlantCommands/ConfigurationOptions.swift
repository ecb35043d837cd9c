import ArgumentParser
import Foundation
import SlantCore

/// `--config FILE`, shared by `check` and `explain`: the newsroom's `.slant.yml`.
struct ConfigurationOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Configuration file (default: the nearest .slant.yml upward from here).", valueName: "FILE"))
    var config: String?

    /// The configuration file in force: `--config` (relative to `workingDirectory` when given,
    /// else as written), else the nearest `.slant.yml` upward, else none.
    func path(workingDirectory: String?) -> String? {
        guard let config else {
            return CheckConfigurationLoader.find(from: workingDirectory ?? FileManager.default.currentDirectoryPath)
        }
        guard let workingDirectory, !config.hasPrefix("/") else { return config }
        return (workingDirectory as NSString).appendingPathComponent(config)
    }

    /// The configuration, or the defaults without a file. A problem is printed with its file
    /// and line and stops the command with exit code 2.
    func load(workingDirectory: String?) throws -> CheckConfiguration {
        guard let path = path(workingDirectory: workingDirectory) else { return .defaults }
        do throws(ConfigurationProblem) {
            return try CheckConfigurationLoader.load(path: path)
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
    }
}
