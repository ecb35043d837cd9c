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

    @Option(
        name: .customLong("house-style"),
        help: ArgumentHelp(
            "A newsroom's house style: rules given another class or severity, and its own terms (see docs/pre-publication-checks.md).",
            valueName: "FILE"))
    var houseStyle: String?

    @Option(
        help: ArgumentHelp(
            "The side pack (the conflict's parties): israel-palestine, us-politics, russia-ukraine or one from --lexicons. Default: audit picks one per article by the parties it names; compare and check use israel-palestine.",
            valueName: "PACK"))
    var sides: String?

    /// Loads and compiles the lexicons, with `houseStyles` (a `.slant.yml`'s) and then
    /// `--house-style` applied; any problem is printed with its file and line and stops the
    /// command with exit code 2 (a broken lexicon would give wrong audits).
    func load(houseStyles: [HouseStyle] = [], workingDirectory: String? = nil) throws -> CompiledLexicon {
        var (lexicon, problems) = Lexicon.load(embedded: DefaultLexicons.packs, directories: directories)
        var styles = houseStyles
        if let houseStyle {
            let path =
                workingDirectory.map {
                    houseStyle.hasPrefix("/") ? houseStyle : ($0 as NSString).appendingPathComponent(houseStyle)
                }
                ?? houseStyle
            do throws(LexiconProblem) {
                styles.append(try HouseStyleParser.load(path: path))
            } catch {
                problems.append(error)
            }
        }
        for style in styles {
            let (restyled, styleProblems) = style.apply(to: lexicon)
            lexicon = restyled
            problems += styleProblems
        }
        if let sides {
            if let chosen = lexicon.withSides(sides) {
                lexicon = chosen
            } else {
                problems.append(
                    LexiconProblem(
                        file: "--sides", line: nil,
                        message: "no side pack '\(sides)'; known: \(lexicon.sidePackNames.joined(separator: ", "))"))
            }
        }
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
