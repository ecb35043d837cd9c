import ArgumentParser
import Foundation
import SlantCore
import SlantDefaultLexicons

/// `slant lexicon lint|test|list`: check and inspect lexicon packs.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Check and list lexicon packs.",
        subcommands: [Lint.self, Test.self, List.self])

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Validate every pack: schema, unknown keys, pattern compilation, duplicate ids, example counts; note patterns off the fast path."
        )

        @OptionGroup var lexicons: LexiconOptions

        func run() throws {
            let compiled = try lexicons.load()
            let rules = compiled.lexicon.rules.count
            print(
                "\(compiled.lexicon.packs.count) packs, \(rules) rules, \(compiled.sides.count) sides, \(compiled.debris.count) debris lines: no problems"
            )
            // Not an error: such a pattern works, only slower (see Lexicons/README.md).
            let slow = compiled.slowPathPatterns()
            for pattern in slow { print("note: \(pattern)") }
            if !slow.isEmpty { print("\(slow.count) of \(compiled.patterns.all.count) patterns are off the fast path") }
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every rule's examples: must-match examples must match, must-not-match must not.")

        @OptionGroup var lexicons: LexiconOptions

        func run() throws {
            let summary = LexiconExampleRunner.run(try lexicons.load())
            for failure in summary.failures { printError("\(failure)") }
            let passed = summary.examplesRun - summary.failures.count
            print("lexicon examples: \(passed) passed, \(summary.failures.count) failed")
            if !summary.failures.isEmpty { throw ExitCode(1) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List packs, versions and rules.")

        @OptionGroup var lexicons: LexiconOptions

        func run() throws {
            let compiled = try lexicons.load()
            for pack in compiled.lexicon.packs {
                print("\(pack.name) \(pack.version) (\(pack.kind.rawValue), \(pack.file)): \(pack.description)")
                for rule in pack.rules {
                    print("  \(rule.id) [\(rule.category.rawValue), \(rule.severity.rawValue)] \(rule.source)")
                }
                for side in pack.sides { print("  side \(side.id): \(side.name), \(side.actors.count) actors") }
                for line in pack.debris { print("  debris \(line.id)") }
            }
        }
    }
}
