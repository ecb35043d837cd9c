import ArgumentParser

/// The `slant` command line: a thin layer over SlantCore and SlantReporters.
public struct SlantCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "slant",
        abstract: "Audit how news articles frame a conflict, with evidence for every number.",
        version: "0.1.0",
        subcommands: [
            AuditCommand.self, CompareCommand.self, MergeCommand.self, CheckCommand.self, ExplainCommand.self,
            LexiconCommand.self, ServeCommand.self, LanguageServerCommand.self,
        ],
        defaultSubcommand: AuditCommand.self)

    public init() {}
}
