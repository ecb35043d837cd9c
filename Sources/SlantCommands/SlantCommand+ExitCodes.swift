import ArgumentParser
import Foundation
import SlantBatch

extension SlantCommand {
    /// Runs the command line. Usage errors exit with 2, like configuration and input errors (the
    /// convention of Vale and textlint), instead of ArgumentParser's 64, so that a CI script has
    /// one code for "slant could not check" and 1 for "the article has errors".
    public static func main() {
        // Before anything opens a file: a closed standard descriptor must not be reused.
        _ = StandardStreams.closedAtStart
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let problem as OutputProblem {
            printError(problem.description)
            Foundation.exit(2)
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            StandardStreams.writeError(fullMessage(for: error) + "\n")
            Foundation.exit(slantExitCode(for: error))
        }
    }

    /// ArgumentParser's exit code for `error`, with usage errors (64) mapped to 2.
    static func slantExitCode(for error: any Error) -> Int32 {
        let code = exitCode(for: error)
        return code == .validationFailure ? 2 : code.rawValue
    }
}
