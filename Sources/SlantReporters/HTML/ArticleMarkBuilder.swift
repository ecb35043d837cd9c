import SlantCore

/// The marks of one audit, from the same data as the JSON report: one per finding, casualty
/// mention, quotation or paraphrase of an attribution, speaker, and dropped debris line.
struct ArticleMarkBuilder {
    let audit: ArticleAudit
    let source: SourceText
    let names: SideNames
    let styles: SideStyles

    func marks() -> [ArticleMark] {
        var marks: [ArticleMark] = []
        marks.reserveCapacity(audit.findings.count + audit.casualties.count + 3 * audit.attributions.count)
        for (index, attribution) in audit.attributions.enumerated() {
            marks += attributionMarks(attribution, index: index)
        }
        for (index, dropped) in audit.droppedLines.enumerated() where dropped.line <= source.lineStarts.count {
            marks.append(
                ArticleMark(
                    kind: .dropped, id: "d\(index)", range: source.lineRange(dropped.line), rules: dropped.ruleID,
                    classes: "dropped", explanation: "Dropped as web debris, not audited (rule \(dropped.ruleID)).",
                    data: [], tag: "dropped"))
        }
        for (index, mention) in audit.casualties.enumerated() { marks.append(casualtyMark(mention, index: index)) }
        for (index, finding) in audit.findings.enumerated() { marks.append(findingMark(finding, index: index)) }
        return marks
    }

    static func findingID(_ index: Int) -> String { "f\(index)" }
    static func casualtyID(_ index: Int) -> String { "c\(index)" }
    static func speakerID(_ index: Int) -> String { "s\(index)" }

    private func findingMark(_ finding: Finding, index: Int) -> ArticleMark {
        var classes = "finding \(finding.voice.rawValue) cat-\(finding.category.rawValue)"
        if finding.isLoadedLanguage { classes += " loaded" }
        var explanation = "\(finding.category.rawValue) in \(voice(of: finding)): \(finding.message)."
        if let side = finding.describedSideID {
            explanation += " Describes \(names[side])\(finding.describedBy.map { " (\($0))" } ?? "")."
        }
        if !finding.alternatives.isEmpty { explanation += " Instead: \(finding.alternatives.joined(separator: "; "))." }
        explanation += " Rule \(finding.ruleID)."
        return ArticleMark(
            kind: .finding, id: Self.findingID(index), range: finding.span.range, rules: finding.ruleID, classes: classes,
            explanation: explanation,
            data: [
                ("category", finding.category.rawValue), ("voice", finding.voice.rawValue),
                ("severity", finding.severity.rawValue), ("describes", finding.describedSideID ?? ""),
                ("speaker", finding.speakerName ?? ""),
            ],
            tag: nil)
    }

    private func casualtyMark(_ mention: CasualtyMention, index: Int) -> ArticleMark {
        let victims = mention.victimSideID.map { names[$0] } ?? "not determined"
        var explanation = "Casualty word “\(mention.span.text)”, \(mention.agency.rawValue): victims \(victims)"
        if let evidence = mention.victimEvidence { explanation += " (\(evidence))" }
        if let agent = mention.agent {
            explanation += "; agent \(agent)\(mention.agentSideID.map { " (\(names[$0]))" } ?? "")"
        }
        explanation += ". Rule \(mention.ruleID)."
        return ArticleMark(
            kind: .casualty, id: Self.casualtyID(index), range: mention.span.range, rules: mention.ruleID,
            classes: "casualty agency-\(mention.agency.rawValue) \(styles.cssClass(mention.victimSideID))",
            explanation: explanation,
            data: [
                ("agency", mention.agency.rawValue), ("victims", mention.victimSideID ?? "unknown"),
                ("voice", mention.voice.rawValue),
            ],
            tag: "† \(mention.victimSideID.map { styles.tag($0) } ?? "victims unknown"), \(mention.agency.rawValue)")
    }

    /// The speaker's words and everything they are given, tinted by the speaker's side.
    private func attributionMarks(_ attribution: Attribution, index: Int) -> [ArticleMark] {
        let sideID = attribution.sideID ?? unassignedSideID
        let side = styles.cssClass(sideID)
        let rules = attribution.cues.map(\.ruleID).joined(separator: " ")
        let verbs =
            attribution.cues.isEmpty
            ? "no reporting verb (quote and name only)"
            : "introduced by " + attribution.cues.map { "“\($0.span.text)” (\($0.verbClass.rawValue))" }.joined(separator: ", ")
        let speaker = "\(attribution.speakerName) (\(names[sideID]))"
        let data: [(name: String, value: String)] = [
            ("attribution", "\(attribution.index)"), ("side", sideID), ("speaker", attribution.speakerName),
        ]
        var marks: [ArticleMark] = []
        if let span = attribution.speaker {
            marks.append(
                ArticleMark(
                    kind: .speaker, id: Self.speakerID(index), range: span.range, rules: rules, classes: "speaker \(side)",
                    explanation:
                        "Speaker “\(span.text)”: \(speaker), found as \(attribution.resolution.rawValue); \(verbs).",
                    data: data + [("resolution", attribution.resolution.rawValue)], tag: nil))
        }
        for (number, quotation) in attribution.quotations.enumerated() {
            marks.append(
                ArticleMark(
                    kind: .speech, id: "a\(index)q\(number)", range: quotation.range, rules: rules,
                    classes: "speech quote \(side)", explanation: "Quoted from \(speaker); \(verbs).",
                    data: data + [("form", "quote")], tag: styles.tag(sideID)))
        }
        for (number, paraphrase) in attribution.paraphrases.enumerated() {
            marks.append(
                ArticleMark(
                    kind: .speech, id: "a\(index)p\(number)", range: paraphrase.range, rules: rules,
                    classes: "speech paraphrase \(side)", explanation: "Attributed to \(speaker); \(verbs).",
                    data: data + [("form", "paraphrase")], tag: styles.tag(sideID)))
        }
        return marks
    }

    private func voice(of finding: Finding) -> String {
        switch finding.voice {
        case .editorial: "the outlet's own voice"
        case .attributed:
            "words attributed to \(finding.speakerName ?? "?") (\(finding.speakerSideID.map { names[$0] } ?? "unassigned"))"
        case .quoted: "a quotation from \(finding.speakerName ?? "an unknown speaker")"
        }
    }
}
