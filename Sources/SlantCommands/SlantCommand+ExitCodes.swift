import ArgumentParser
import Foundation

extension SlantCommand {
    /// Runs the command line. Usage errors exit with 2, like configuration and input errors (the
    /// convention of Vale and textlint), instead of ArgumentParser's 64, so that a CI script has
    /// one code for "slant could not check" and 1 for "the article has errors".
    public static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(slantExitCode(for: error))
        }
    }

    /// ArgumentParser's exit code for `error`, with usage errors (64) mapped to 2.
    static func slantExitCode(for error: any Error) -> Int32 {
        let code = exitCode(for: error)
        return code == .validationFailure ? 2 : code.rawValue
    }
}
