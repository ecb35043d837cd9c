import Foundation
import PackagePlugin

/// Compiles every `Lexicons/*.yml` pack into Swift source, so the `slant` binary carries its
/// default lexicons and needs no files beside it.
@main
struct EmbedLexiconsPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let lexiconDirectory = context.package.directoryURL.appending(path: "Lexicons")
        let packs = try FileManager.default
            .contentsOfDirectory(at: lexiconDirectory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLexicons.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(packs.count) default lexicon packs",
                executable: try context.tool(named: "EmbedLexicons").url,
                // The tool lists the folder itself, so a pack added after the plugin last ran is
                // still embedded: the folder is an input (adding a file changes it), and so is
                // each pack (editing one changes it). Removing a pack needs a fresh build plan,
                // which `make build` makes (see Lexicons/README.md).
                arguments: [output.path, lexiconDirectory.path],
                inputFiles: [lexiconDirectory] + packs,
                outputFiles: [output]
            )
        ]
    }
}
