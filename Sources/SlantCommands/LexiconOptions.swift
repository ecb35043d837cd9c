import ArgumentParser
import Foundation
import SlantCore
import SlantDefaultLexicons

/// `--lexicons DIR`, shared by every command that loads lexicons.
struct LexiconOptions: ParsableArguments {
    @Option(
        name: .customLong("lexicons"),
        help: ArgumentHelp(
            "A directory of lexicon packs that add to or replace the built-in ones (repeatable).", valueName: "DIR"))
    var directories: [String] = []

    /// Loads and compiles the lexicons; any problem is printed with its file and line and
    /// stops the command with exit code 2 (a broken lexicon would give wrong audits).
    func load() throws -> CompiledLexicon {
        let (lexicon, problems) = Lexicon.load(embedded: DefaultLexicons.packs, directories: directories)
        let (compiled, compileProblems) = CompiledLexicon.compile(lexicon)
        let all = problems + compileProblems
        guard all.isEmpty else {
            for problem in all { printError("\(problem)") }
            throw ExitCode(2)
        }
        return compiled
    }
}

func printError(_ message: String) {
    StandardStreams.writeError("slant: error: \(message)\n")
}
