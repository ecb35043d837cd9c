import Foundation
import SlantCore

/// The report's sections below the article: the Markdown report's tables, with each location
/// linking to its mark in the text.
struct HTMLReportTables {
    let audit: ArticleAudit
    let names: SideNames

    func write(to writer: inout HTMLWriter) {
        verdict(&writer)
        voices(&writer)
        reportingVerbs(&writer)
        loadedLanguage(&writer)
        labels(&writer)
        attributions(&writer)
        casualties(&writer)
        otherSignals(&writer)
        limits(&writer)
    }

    private func section(_ id: String, _ title: String, _ writer: inout HTMLWriter, body: (inout HTMLWriter) -> Void) {
        writer.raw("<section id=\"\(id)\">\n")
        writer.element("h2", title)
        writer.raw("\n")
        body(&writer)
        writer.raw("</section>\n")
    }

    private func paragraph(_ text: String, _ writer: inout HTMLWriter) {
        writer.element("p", text)
        writer.raw("\n")
    }

    private func verdict(_ writer: inout HTMLWriter) {
        section("verdict", "Verdict: \(audit.verdict.level.title)", &writer) { writer in
            let triggered = audit.verdict.triggered
            if triggered.isEmpty {
                paragraph("None of the four checks below crossed its threshold.", &writer)
            } else {
                writer.raw("<ol>")
                for check in triggered {
                    writer.element("li", "\(check.title) (\(check.measured); threshold \(check.threshold)). \(check.detail)")
                }
                writer.raw("</ol>\n")
            }
            var table = HTMLTable(caption: "The four checks", headers: ["Check", "Measured", "Threshold", "Crossed"])
            for check in audit.verdict.checks {
                table.add(
                    check.title, check.measured, check.threshold,
                    check.abstained ? "not enough evidence" : !check.applicable ? "n/a" : check.triggered ? "YES" : "no")
            }
            table.write(to: &writer)
            paragraph(
                "The verdict is “marked” when two or more checks are crossed, “some concerns” with one, and “no marked asymmetry” with none.",
                &writer)
        }
    }

    private func voices(_ writer: inout HTMLWriter) {
        let measures = audit.measures
        section("voices", "Who gets to speak", &writer) { writer in
            var table = HTMLTable(
                caption: "Attributed words by side",
                headers: [
                    "Side", "Attributions", "Distinct speakers", "Quote words", "Paraphrase words",
                    "Share of attributed words", "Reporting verbs by class", "Neutral verbs",
                ])
            for side in measures.voices where side.attributions > 0 || !side.isThirdParty && side.sideID != unassignedSideID {
                table.add(
                    side.name, "\(side.attributions)",
                    side.distinctSpeakers.isEmpty ? "–" : side.distinctSpeakers.joined(separator: ", "),
                    "\(side.directWords)", "\(side.paraphraseWords)", percent(side.share),
                    side.verbClasses.isEmpty
                        ? "–" : side.verbClasses.map { "\($0.verbClass.rawValue) \($0.count)" }.joined(separator: ", "),
                    side.neutralityRate.map { percent($0) } ?? "–")
            }
            table.write(to: &writer)
            var text = "Attributed words in all: \(measures.totalAttributedWords). "
            text += "First voice: \(measures.firstVoice.map { names[$0] } ?? "none"); "
            text += "last voice: \(measures.lastVoice.map { names[$0] } ?? "none"). "
            if let ratio = measures.balance.minMaxRatio, let entropy = measures.balance.normalizedEntropy {
                text += "Balance between the parties (\(measures.balance.parties.map { names[$0] }.joined(separator: " and "))): "
                text += "ratio \(decimal(ratio)) (quieter/louder attributed words, 1 = even), "
                text += "normalised entropy \(decimal(entropy)) (1 = even)."
            } else {
                text += "Balance between the parties: not computed, as no party is given any words."
            }
            paragraph(text, &writer)
        }
    }

    private func reportingVerbs(_ writer: inout HTMLWriter) {
        section("verbs", "How each side's words are introduced", &writer) { writer in
            let speaking = audit.measures.voices.filter { $0.cues > 0 }
            guard !speaking.isEmpty else { return paragraph("No reporting verbs introduce anyone's words.", &writer) }
            var table = HTMLTable(
                caption: "Reporting verbs by class",
                headers: ["Side"] + VerbClass.allCases.map(\.rawValue) + ["Neutral rate", "Verbs (line:col)"])
            for side in speaking {
                let cues = audit.attributions.filter { $0.nestedIn == nil && ($0.sideID ?? unassignedSideID) == side.sideID }
                    .flatMap(\.cues)
                let counts = VerbClass.allCases.map { verbClass in
                    "\(side.verbClasses.first { $0.verbClass == verbClass }?.count ?? 0)"
                }
                let evidence = cues.map { "\($0.span.text) (\($0.span.location))" }.joined(separator: ", ")
                table.add([side.name] + counts + [side.neutralityRate.map { percent($0) } ?? "–", evidence])
            }
            table.write(to: &writer)
            if let gap = audit.measures.verbNeutralityGap {
                paragraph(
                    "Gap between the parties' neutral rates: \(decimal(gap)) (parties with at least two attributions).", &writer)
            } else {
                paragraph(
                    "Gap between the parties' neutral rates: not computed (each party needs at least two attributions).", &writer)
            }
        }
    }

    private func loadedLanguage(_ writer: inout HTMLWriter) {
        let tally = audit.measures.loadedLanguage
        section("loaded", "Loaded language", &writer) { writer in
            var text =
                "\(tally.editorial) in the outlet's own voice (\(decimal(tally.editorialPerThousandWords)) per 1,000 words), "
            text += "\(tally.attributed) in attributed speech, \(tally.quoted) in quotations. "
            text += "Editorial rows come first: they are the outlet's choices."
            paragraph(text, &writer)
            let loaded = audit.findings.indices.filter { audit.findings[$0].isLoadedLanguage }.sorted { lhs, rhs in
                (audit.findings[lhs].voice, audit.findings[lhs].span.start)
                    < (audit.findings[rhs].voice, audit.findings[rhs].span.start)
            }
            guard !loaded.isEmpty else { return paragraph("No loaded terms found.", &writer) }
            var table = HTMLTable(
                caption: "Loaded terms", headers: ["Where", "Term", "In context", "Voice", "Describes", "Why", "Instead", "Rule"])
            for index in loaded {
                let finding = audit.findings[index]
                table.add(cells: [
                    .init(finding.span.location.description, linkingTo: ArticleMarkBuilder.findingID(index)),
                    .init(finding.phrase), .init(finding.context), .init(voice(finding)),
                    .init(finding.describedSideID.map { names[$0] } ?? "–"), .init(finding.message),
                    .init(finding.alternatives.joined(separator: "; ")), .init(finding.ruleID),
                ])
            }
            table.write(to: &writer)
        }
    }

    private func labels(_ writer: inout HTMLWriter) {
        let labels = audit.measures.labels
        section("labels", "Labels for each side", &writer) { writer in
            var table = HTMLTable(caption: "Labels by voice", headers: ["Side", "Editorial voice", "Attributed or quoted"])
            func list(_ uses: [LabelAsymmetry.LabelUse]) -> String {
                uses.isEmpty ? "–" : uses.map { "\($0.text) (\($0.polarity.rawValue), \($0.location))" }.joined(separator: "; ")
            }
            for side in labels.bySide {
                table.add(
                    names[side.sideID], list(side.labels.filter { $0.voice == .editorial }),
                    list(side.labels.filter { $0.voice != .editorial }))
            }
            table.write(to: &writer)
            paragraph(labels.explanation, &writer)
        }
    }

    private func attributions(_ writer: inout HTMLWriter) {
        section("attributions", "Attributions", &writer) { writer in
            guard !audit.attributions.isEmpty else {
                return paragraph("No reporting verb introduces anyone's words.", &writer)
            }
            var table = HTMLTable(
                caption: "Who is given which words",
                headers: [
                    "#", "Where", "Speaker", "Side", "Verbs (class)", "Quote words", "Paraphrase words", "What they are given",
                ])
            for (index, attribution) in audit.attributions.enumerated() {
                let speakerText = attribution.speaker?.text ?? "–"
                let resolved =
                    attribution.speakerName == speakerText ? speakerText : "\(speakerText) → \(attribution.speakerName)"
                let content =
                    (attribution.quotations.map { "“\(excerpt($0.text))”" } + attribution.paraphrases.map { excerpt($0.text) })
                    .joined(separator: " / ")
                let location = (attribution.speaker ?? attribution.cues.first?.span)?.location.description ?? "–"
                table.add(cells: [
                    .init("\(attribution.index + 1)"),
                    .init(location, linkingTo: attribution.speaker == nil ? nil : ArticleMarkBuilder.speakerID(index)),
                    .init(
                        "\(resolved) (\(attribution.resolution.rawValue))"
                            + (attribution.nestedIn.map { ", reported by #\($0 + 1)" } ?? "")),
                    .init(attribution.sideID.map { names[$0] } ?? names[unassignedSideID]),
                    .init(
                        attribution.cues.isEmpty
                            ? "– (quote and name only)"
                            : attribution.cues.map { "\($0.span.text) (\($0.verbClass.rawValue))" }.joined(separator: ", ")),
                    .init("\(attribution.directWords)"), .init("\(attribution.paraphraseWords)"),
                    .init(content.isEmpty ? "–" : content),
                ])
            }
            table.write(to: &writer)
        }
    }

    private func casualties(_ writer: inout HTMLWriter) {
        section("casualties", "How the dead are described", &writer) { writer in
            guard !audit.casualties.isEmpty else { return paragraph("No casualty words found.", &writer) }
            var table = HTMLTable(
                caption: "Casualty framing by victims' side",
                headers: ["Victims"] + CasualtyAgency.allCases.map(\.rawValue)
                    + ["Agentless rate", "Emotive terms", "Caveats", "Individuated"])
            for side in audit.measures.casualtyFraming where side.mentions > 0 {
                let counts = CasualtyAgency.allCases.map { agency in
                    "\(side.agency.first { $0.agency == agency }?.count ?? 0)"
                }
                table.add(
                    [side.sideID == unassignedSideID ? "Not determined" : names[side.sideID]] + counts + [
                        side.agentlessRate.map { percent($0) } ?? "–", "\(side.emotiveTerms)", "\(side.caveats)",
                        "\(side.individuated)",
                    ])
            }
            table.write(to: &writer)
            paragraph(
                "Agentless rate = (agentless passive + reduced passive + intransitive + nominal) / casualty mentions of that side.",
                &writer)
            var evidence = HTMLTable(
                caption: "Each casualty mention",
                headers: ["Where", "Word", "Agency", "Agent", "Victims", "Why these victims", "Emotive, caveats, details"])
            for (index, mention) in audit.casualties.enumerated() {
                let extras = (mention.emotiveTerms + mention.caveats + mention.individuation).map(\.text)
                evidence.add(cells: [
                    .init(mention.span.location.description, linkingTo: ArticleMarkBuilder.casualtyID(index)),
                    .init(mention.span.text), .init(mention.agency.rawValue),
                    .init(mention.agent.map { "\($0)\(mention.agentSideID.map { " (\(names[$0]))" } ?? "")" } ?? "–"),
                    .init(mention.victimSideID.map { names[$0] } ?? "unknown"), .init(mention.victimEvidence ?? "–"),
                    .init(extras.isEmpty ? "–" : extras.joined(separator: "; ")),
                ])
            }
            evidence.write(to: &writer)
        }
    }

    private func otherSignals(_ writer: inout HTMLWriter) {
        section("signals", "Hedges, caveats and causal framing", &writer) { writer in
            let shown = audit.findings.indices.filter { [.hedge, .caveat, .causal].contains(audit.findings[$0].category) }
            guard !shown.isEmpty else { return paragraph("None found.", &writer) }
            var table = HTMLTable(
                caption: "Other signals", headers: ["Where", "Kind", "Term", "In context", "Voice", "Describes"])
            for index in shown {
                let finding = audit.findings[index]
                table.add(cells: [
                    .init(finding.span.location.description, linkingTo: ArticleMarkBuilder.findingID(index)),
                    .init(finding.category.rawValue), .init(finding.span.text), .init(finding.context), .init(voice(finding)),
                    .init(finding.describedSideID.map { names[$0] } ?? "–"),
                ])
            }
            table.write(to: &writer)
        }
    }

    private func limits(_ writer: inout HTMLWriter) {
        let limits = audit.limits
        section("limits", "What this audit cannot see", &writer) { writer in
            var items = [
                "\(limits.editorialSentences) of \(limits.sentences) sentences contain no quotation and no attributed words; they are counted as the outlet's own narration, although some may paraphrase a source without a reporting verb.",
                "Beliefs, intentions and claims introduced without a reporting verb from the lexicon (“the claim that ...”, “in a statement”), and speakers the side pack does not name (\(limits.unresolvedSpeakers) attribution(s) here have a speaker it could not map to a side).",
                "\(limits.unattributedQuotations) quotation(s) of four or more words have no speaker the engine could find.",
                "Omissions: what the article does not say, whose deaths it does not mention, history it leaves out.",
                "Images, captions, headlines and links not in the text; sarcasm, irony and tone of voice.",
                "Whether a claim is true. A loaded term may be accurate; the audit shows whose term it is, not whether it is deserved.",
            ]
            if limits.longSentences > 0 {
                items.append(
                    "\(limits.longSentences) sentence(s) longer than \(SentenceLengthLimit.maximumBytes) bytes were analysed in pieces of at most that length, cut between words: a speaker and their words, or a casualty word and its agent, on either side of a cut are not linked."
                )
            }
            if !limits.ruleLimitHits.isEmpty {
                items.append(
                    "Rules stopped by a matching limit on this text (their matches are missing): "
                        + limits.ruleLimitHits.map { "\($0.ruleID) (\($0.reason))" }.joined(separator: ", ") + ".")
            }
            writer.raw("<ul>")
            for item in items { writer.element("li", item) }
            writer.raw("</ul>\n")
        }
    }

    private func voice(_ finding: Finding) -> String { ReportWording.voice(finding, names) }

    private func excerpt(_ text: String) -> String { ReportWording.excerpt(text) }

    private func percent(_ value: Double) -> String { ReportWording.percent(value) }

    private func decimal(_ value: Double) -> String { ReportWording.decimal(value) }
}
