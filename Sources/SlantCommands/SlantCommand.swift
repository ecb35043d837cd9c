import ArgumentParser

/// The `slant` command line: a thin layer over SlantCore and SlantReporters.
public struct SlantCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "slant",
        abstract: "Audit how news articles frame a conflict, with evidence for every number.",
        version: "0.1.0",
        subcommands: subcommands,
        defaultSubcommand: AuditCommand.self)

    public init() {}

    private static var subcommands: [any ParsableCommand.Type] {
        var commands: [any ParsableCommand.Type] = [
            AuditCommand.self, CompareCommand.self, MergeCommand.self, CheckCommand.self, ExplainCommand.self,
            LexiconCommand.self,
        ]
        // Absent from the sanitizer builds, which leave the HTTP service out (Package.swift).
        #if canImport(SlantService)
            commands.append(ServeCommand.self)
        #endif
        commands.append(LanguageServerCommand.self)
        return commands
    }
}
