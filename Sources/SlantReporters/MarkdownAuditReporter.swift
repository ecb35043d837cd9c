import Foundation
import SlantCore

/// The two-minute report for a journalist or press council: verdict and what drives it, who
/// speaks and how much, whose words are loaded, the attributions, and what the audit cannot
/// see. Every number points at line:column spans that a reader can check.
public struct MarkdownAuditReporter: AuditReporter {
    public static let identifier = "markdown"
    public static let fileExtension = "md"

    public init() {}

    public func render(_ audit: ArticleAudit) -> String {
        let names = SideNames(audit)
        return [
            header(audit),
            verdict(audit),
            voices(audit, names),
            reportingVerbs(audit, names),
            loadedLanguage(audit, names),
            labels(audit, names),
            attributions(audit, names),
            casualties(audit, names),
            otherSignals(audit, names),
            limits(audit),
            provenance(audit),
        ].joined(separator: "\n")
    }

    // MARK: - Sections

    private func header(_ audit: ArticleAudit) -> String {
        let input = audit.input
        var table = MarkdownTable("", "")
        table.add("Input", "`\(input.name)`")
        if let title = input.title { table.add("Title", title) }
        table.add(
            "Size",
            "\(input.words) words, \(input.paragraphs) paragraphs, \(input.sentences) sentences, \(input.quotations) quotations")
        table.add("Lexicons", audit.lexicons.map { "\($0.name) \($0.version)" }.joined(separator: ", "))
        if let choice = audit.sidePack { table.add("Sides", "\(choice.pack): \(choice.reason)") }
        table.add("Tool", "\(audit.tool.name) \(audit.tool.version), report schema \(audit.schemaVersion)")
        return "# Framing audit: \(input.title ?? (input.name as NSString).lastPathComponent)\n\n" + table.rendered
    }

    private func verdict(_ audit: ArticleAudit) -> String {
        var text = "## Verdict: \(audit.verdict.level.title)\n\n"
        let triggered = audit.verdict.triggered
        if triggered.isEmpty {
            text += "None of the four checks below crossed its threshold.\n\n"
        } else {
            text += "What drives it:\n\n"
            for (number, check) in triggered.enumerated() {
                text += "\(number + 1). **\(check.title)** (\(check.measured); threshold \(check.threshold)). \(check.detail)\n"
            }
            text += "\n"
        }
        var table = MarkdownTable("Check", "Measured", "Threshold", "Crossed")
        for check in audit.verdict.checks {
            table.add(
                check.title, check.measured, check.threshold,
                check.abstained ? "not enough evidence" : !check.applicable ? "n/a" : check.triggered ? "**yes**" : "no")
        }
        text += table.rendered
        text +=
            "\nThe verdict is *marked* when two or more checks are crossed, *some concerns* with one, and *no marked asymmetry* with none.\n"
        return text
    }

    private func voices(_ audit: ArticleAudit, _ names: SideNames) -> String {
        let measures = audit.measures
        var text = "## Who gets to speak\n\n"
        var table = MarkdownTable(
            "Side", "Attributions", "Distinct speakers", "Quote words", "Paraphrase words", "Share of attributed words",
            "Reporting verbs by class", "Neutral verbs")
        let shown = measures.voices.filter { $0.attributions > 0 || !$0.isThirdParty && $0.sideID != unassignedSideID }
        for side in shown {
            table.add(
                side.name, "\(side.attributions)",
                side.distinctSpeakers.isEmpty ? "–" : side.distinctSpeakers.joined(separator: ", "),
                "\(side.directWords)", "\(side.paraphraseWords)", percent(side.share),
                side.verbClasses.isEmpty
                    ? "–" : side.verbClasses.map { "\($0.verbClass.rawValue) \($0.count)" }.joined(separator: ", "),
                side.neutralityRate.map { percent($0) } ?? "–")
        }
        text += table.rendered + "\n"
        text += "Attributed words in all: \(measures.totalAttributedWords). "
        text +=
            "First voice: \(measures.firstVoice.map { names[$0] } ?? "none"); last voice: \(measures.lastVoice.map { names[$0] } ?? "none").\n\n"
        if let ratio = measures.balance.minMaxRatio, let entropy = measures.balance.normalizedEntropy {
            text += "Balance between the parties (\(measures.balance.parties.map { names[$0] }.joined(separator: " and "))): "
            text +=
                "ratio \(decimal(ratio)) (quieter/louder attributed words, 1 = even), normalised entropy \(decimal(entropy)) (1 = even).\n\n"
        } else {
            text += "Balance between the parties: not computed, as no party is given any words.\n\n"
        }
        let speaking = measures.voices.filter { $0.words > 0 }
        if !speaking.isEmpty {
            text += "```mermaid\npie showData title Attributed words by side\n"
            for side in speaking { text += "    \"\(side.name)\" : \(side.words)\n" }
            text += "```\n"
        }
        return text
    }

    private func reportingVerbs(_ audit: ArticleAudit, _ names: SideNames) -> String {
        var text = "## How each side's words are introduced\n\n"
        let speaking = audit.measures.voices.filter { $0.cues > 0 }
        guard !speaking.isEmpty else { return text + "No reporting verbs introduce anyone's words.\n" }
        var table = MarkdownTable(["Side"] + VerbClass.allCases.map(\.rawValue) + ["Neutral rate", "Verbs (line:col)"])
        for side in speaking {
            let cues = audit.attributions.filter { $0.nestedIn == nil && ($0.sideID ?? unassignedSideID) == side.sideID }.flatMap(
                \.cues)
            let counts = VerbClass.allCases.map { verbClass in
                "\(side.verbClasses.first { $0.verbClass == verbClass }?.count ?? 0)"
            }
            let evidence = cues.map { "\($0.span.text) (\($0.span.location))" }.joined(separator: ", ")
            table.add([side.name] + counts + [side.neutralityRate.map { percent($0) } ?? "–", evidence])
        }
        text += table.rendered + "\n"
        if let gap = audit.measures.verbNeutralityGap {
            text += "Gap between the parties' neutral rates: \(decimal(gap)) (parties with at least two attributions).\n"
        } else {
            text += "Gap between the parties' neutral rates: not computed (each party needs at least two attributions).\n"
        }
        return text
    }

    private func casualties(_ audit: ArticleAudit, _ names: SideNames) -> String {
        var text = "## How the dead are described\n\n"
        guard !audit.casualties.isEmpty else { return text + "No casualty words found.\n" }
        var table = MarkdownTable(
            ["Victims"] + CasualtyAgency.allCases.map(\.rawValue)
                + ["Agentless rate", "Emotive terms", "Caveats", "Individuated"])
        for side in audit.measures.casualtyFraming where side.mentions > 0 {
            let counts = CasualtyAgency.allCases.map { agency in "\(side.agency.first { $0.agency == agency }?.count ?? 0)" }
            table.add(
                [side.sideID == unassignedSideID ? "Not determined" : names[side.sideID]] + counts
                    + [
                        side.agentlessRate.map { percent($0) } ?? "–", "\(side.emotiveTerms)", "\(side.caveats)",
                        "\(side.individuated)",
                    ])
        }
        text += table.rendered + "\n"
        text +=
            "Agentless rate = (agentless passive + reduced passive + intransitive + nominal) / casualty mentions of that side.\n\n"
        var evidence = MarkdownTable(
            "Where", "Word", "Agency", "Agent", "Victims", "Why these victims", "Emotive, caveats, details")
        for mention in audit.casualties {
            let extras = (mention.emotiveTerms + mention.caveats + mention.individuation).map(\.text)
            evidence.add(
                mention.span.location.description, mention.span.text, mention.agency.rawValue,
                mention.agent.map { "\($0)\(mention.agentSideID.map { " (\(names[$0]))" } ?? "")" } ?? "–",
                mention.victimSideID.map { names[$0] } ?? "unknown", mention.victimEvidence ?? "–",
                extras.isEmpty ? "–" : extras.joined(separator: "; "))
        }
        return text + evidence.rendered
    }

    private func loadedLanguage(_ audit: ArticleAudit, _ names: SideNames) -> String {
        let loaded = audit.findings.filter(\.isLoadedLanguage).sorted { lhs, rhs in
            (lhs.voice, lhs.span.start) < (rhs.voice, rhs.span.start)
        }
        let tally = audit.measures.loadedLanguage
        var text = "## Loaded language\n\n"
        text += "\(tally.editorial) in the outlet's own voice (\(decimal(tally.editorialPerThousandWords)) per 1,000 words), "
        text +=
            "\(tally.attributed) in attributed speech, \(tally.quoted) in quotations. Editorial rows come first: they are the outlet's choices.\n\n"
        guard !loaded.isEmpty else { return text + "No loaded terms found.\n" }
        var table = MarkdownTable("Where", "Term", "In context", "Voice", "Describes", "Why", "Instead", "Rule")
        for finding in loaded {
            table.add(
                finding.span.location.description, "**\(finding.phrase)**", finding.context, voice(finding, names),
                finding.describedSideID.map { names[$0] } ?? "–", finding.message,
                finding.alternatives.joined(separator: "; "), "`\(finding.ruleID)`")
        }
        return text + table.rendered
    }

    private func labels(_ audit: ArticleAudit, _ names: SideNames) -> String {
        let labels = audit.measures.labels
        let text = "## Labels for each side\n\n"
        var table = MarkdownTable("Side", "Editorial voice", "Attributed or quoted")
        for side in labels.bySide {
            func list(_ uses: [LabelAsymmetry.LabelUse]) -> String {
                uses.isEmpty ? "–" : uses.map { "\($0.text) (\($0.polarity.rawValue), \($0.location))" }.joined(separator: "; ")
            }
            table.add(
                names[side.sideID], list(side.labels.filter { $0.voice == .editorial }),
                list(side.labels.filter { $0.voice != .editorial }))
        }
        return text + table.rendered + "\n" + labels.explanation + "\n"
    }

    private func attributions(_ audit: ArticleAudit, _ names: SideNames) -> String {
        let text = "## Attributions\n\n"
        guard !audit.attributions.isEmpty else { return text + "No reporting verb introduces anyone's words.\n" }
        var table = MarkdownTable(
            "#", "Where", "Speaker", "Side", "Verbs (class)", "Quote words", "Paraphrase words", "What they are given")
        for attribution in audit.attributions {
            let speakerText = attribution.speaker.map { "\($0.text)" } ?? "–"
            let resolved = attribution.speakerName == speakerText ? speakerText : "\(speakerText) → \(attribution.speakerName)"
            let content =
                (attribution.quotations.map { "“\(excerpt($0.text))”" } + attribution.paraphrases.map { excerpt($0.text) })
                .joined(separator: " / ")
            table.add(
                "\(attribution.index + 1)", (attribution.speaker ?? attribution.cues.first?.span)?.location.description ?? "–",
                "\(resolved) (\(attribution.resolution.rawValue))"
                    + (attribution.nestedIn.map { ", reported by #\($0 + 1)" } ?? ""),
                attribution.sideID.map { names[$0] } ?? names[unassignedSideID],
                attribution.cues.isEmpty
                    ? "– (quote and name only)"
                    : attribution.cues.map { "\($0.span.text) (\($0.verbClass.rawValue))" }.joined(separator: ", "),
                "\(attribution.directWords)", "\(attribution.paraphraseWords)", content.isEmpty ? "–" : content)
        }
        return text + table.rendered
    }

    private func otherSignals(_ audit: ArticleAudit, _ names: SideNames) -> String {
        let shown = audit.findings.filter { [.hedge, .caveat, .causal].contains($0.category) }
        let text = "## Hedges, caveats and causal framing\n\n"
        guard !shown.isEmpty else { return text + "None found.\n" }
        var table = MarkdownTable("Where", "Kind", "Term", "In context", "Voice", "Describes")
        for finding in shown {
            table.add(
                finding.span.location.description, finding.category.rawValue, finding.span.text, finding.context,
                voice(finding, names), finding.describedSideID.map { names[$0] } ?? "–")
        }
        return text + table.rendered
    }

    private func limits(_ audit: ArticleAudit) -> String {
        let limits = audit.limits
        var text = "## What this audit cannot see\n\n"
        text +=
            "- \(limits.editorialSentences) of \(limits.sentences) sentences contain no quotation and no attributed words; they are counted as the outlet's own narration, although some may paraphrase a source without a reporting verb.\n"
        text +=
            "- Beliefs, intentions and claims introduced without a reporting verb from the lexicon (\"the claim that ...\", \"in a statement\"), and speakers the side pack does not name (\(limits.unresolvedSpeakers) attribution(s) here have a speaker it could not map to a side).\n"
        text += "- \(limits.unattributedQuotations) quotation(s) of four or more words have no speaker the engine could find.\n"
        text += "- Omissions: what the article does not say, whose deaths it does not mention, history it leaves out.\n"
        text += "- Images, captions, headlines and links not in the text; sarcasm, irony and tone of voice.\n"
        text +=
            "- Whether a claim is true. A loaded term may be accurate; the audit shows whose term it is, not whether it is deserved.\n"
        if limits.longSentences > 0 {
            text +=
                "- \(limits.longSentences) sentence(s) longer than \(SentenceLengthLimit.maximumBytes) bytes were analysed in pieces of at most that length, cut between words: a speaker and their words, or a casualty word and its agent, on either side of a cut are not linked.\n"
        }
        if !limits.ruleLimitHits.isEmpty {
            text += "- Rules stopped by a matching limit on this text (their matches are missing): "
            text += limits.ruleLimitHits.map { "`\($0.ruleID)` (\($0.reason))" }.joined(separator: ", ") + ".\n"
        }
        return text
    }

    private func provenance(_ audit: ArticleAudit) -> String {
        var text = "## Provenance\n\n"
        text += "- Input `\(audit.input.name)`, \(audit.input.bytes) bytes, SHA-256 `\(audit.input.sha256)`.\n"
        if audit.droppedLines.isEmpty {
            text += "- No lines were dropped as web debris.\n"
        } else {
            text += "- Dropped as web debris: "
            text += audit.droppedLines.map { "line \($0.line) \"\($0.text)\" (`\($0.ruleID)`)" }.joined(separator: ", ") + ".\n"
        }
        text +=
            "- Lexicon packs: " + audit.lexicons.map { "\($0.name) \($0.version) (\($0.rules) entries)" }.joined(separator: ", ")
            + ".\n"
        text +=
            "- Rule ids link each row to its rationale and source: `slant lexicon list` and the YAML files under `Lexicons/`.\n"
        return text
    }

    // MARK: - Helpers

    private func voice(_ finding: Finding, _ names: SideNames) -> String { ReportWording.voice(finding, names) }

    private func excerpt(_ text: String) -> String { ReportWording.excerpt(text) }

    private func percent(_ value: Double) -> String { ReportWording.percent(value) }

    private func decimal(_ value: Double) -> String { ReportWording.decimal(value) }
}

/// Display names of sides by id, with the unassigned bucket.
struct SideNames {
    private let names: [String: String]

    init(_ audit: ArticleAudit) {
        var names = Dictionary(audit.sides.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        names[unassignedSideID] = "Unassigned speakers"
        names[bothSidesID] = "Both parties (combined toll)"
        self.names = names
    }

    subscript(id: String) -> String { names[id] ?? id }
}
