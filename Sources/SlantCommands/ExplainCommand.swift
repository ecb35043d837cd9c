import ArgumentParser
import Foundation
import SlantCore

/// `slant explain RULE-ID`: why a rule exists, where it comes from, what to write instead, and
/// the examples it is tested on.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a rule: rationale, source, link, alternatives and examples.")

    @Argument(help: "A rule id, as printed in brackets by `slant check` (e.g. loaded.aggression).")
    var ruleID: String

    @OptionGroup var lexicons: LexiconOptions

    @OptionGroup var configFile: ConfigurationOptions

    func run() throws {
        let outcome = try explain()
        try StandardStreams.write(outcome)
    }

    /// The explanation; an unknown id prints the closest known one and exits with code 2.
    func explain(workingDirectory: String? = nil) throws -> String {
        let configuration = try configFile.load(workingDirectory: workingDirectory)
        var lexiconOptions = lexicons
        lexiconOptions.directories += configuration.lexiconDirectories
        let compiled = try lexiconOptions.load(
            houseStyles: configuration.houseStyle.map { [$0] } ?? [], workingDirectory: workingDirectory)
        let source = configuration.file ?? "the default configuration"
        if let builtIn = BuiltInCheckRules.info(ruleID) {
            let level = configuration.severity(forBuiltIn: ruleID)?.rawValue ?? "off (disabled)"
            return render(builtIn, examples: nil, inCheck: "\(level) (\(source))")
        }
        if let rule = compiled.lexicon.rules.first(where: { $0.id == ruleID }) {
            let pack = compiled.lexicon.packs.first { $0.name == rule.pack }
            let levels = Voice.allCases.map { voice in
                "\(voice.rawValue) \(configuration.severity(of: rule, in: voice)?.rawValue ?? "not reported")"
            }
            return render(
                CheckRuleInfo(rule: rule, pack: pack), examples: rule.examples,
                inCheck: levels.joined(separator: ", ") + " (\(source))")
        }
        let known = compiled.lexicon.rules.map(\.id) + BuiltInCheckRules.all.map(\.id)
        let suggestion = ClosestMatch.find(ruleID, among: known).map { "; did you mean '\($0)'?" } ?? ""
        printError("unknown rule '\(ruleID)'\(suggestion) (`slant lexicon list` lists every rule)")
        throw ExitCode(2)
    }

    private func render(_ rule: CheckRuleInfo, examples: RuleExamples?, inCheck: String) -> String {
        var text = "\(rule.id)\n\n"
        text += "Category:     \(rule.category)\n"
        text += "Severity:     \(rule.severity.rawValue) (the rule's own level)\n"
        text += "slant check:  \(inCheck)\n"
        text += "Defined in:   \(rule.definedIn)\n"
        text += "Message:      \(rule.message)\n\n"
        text += "Why:\n\(wrap(rule.rationale))\n\n"
        text += "Source:       \(rule.source)\n"
        if let link = rule.link { text += "Link:         \(link)\n" }
        text += "Instead:      \(rule.alternatives.isEmpty ? "–" : rule.alternatives.joined(separator: "; "))\n"
        if let examples {
            text += "\nFlagged (the [[marked]] text is what the rule matches):\n"
            text += examples.match.map { "  - \($0)\n" }.joined()
            text += "\nNot flagged:\n"
            text += examples.noMatch.map { "  - \($0)\n" }.joined()
        }
        return text
    }

    /// Indented lines of at most about 90 characters.
    private func wrap(_ text: String) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(whereSeparator: \.isWhitespace) {
            if !line.isEmpty && line.count + word.count + 1 > 88 {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { "  " + $0 }.joined(separator: "\n")
    }
}
