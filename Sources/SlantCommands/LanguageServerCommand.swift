import ArgumentParser
import Foundation
import SlantCore
import SlantDefaultLexicons
import SlantLanguageServer

/// `slant lsp`: findings in the editor as the writer types (docs/editor-integration.md).
struct LanguageServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run a Language Server on standard input and output, for editors (see docs/editor-integration.md).",
        discussion:
            "Same findings and severities as `slant check`, with the .slant.yml found from each document's folder upward.")

    @OptionGroup var lexicons: LexiconOptions

    func run() throws {
        let base = lexicons
        let server = LanguageServer(
            lexicons: { directories throws(LanguageServerProblem) in
                let (lexicon, problems) = Lexicon.load(
                    embedded: DefaultLexicons.packs, directories: base.directories + directories)
                let (compiled, compileProblems) = CompiledLexicon.compile(lexicon)
                let all = problems + compileProblems
                guard all.isEmpty else { throw LanguageServerProblem(message: all.map { "\($0)" }.joined(separator: "; ")) }
                return compiled
            })
        let clean = server.serve(input: STDIN_FILENO, output: STDOUT_FILENO)
        if !clean { throw ExitCode(1) }
    }
}
