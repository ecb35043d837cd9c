import SlantCore

/// What one audited article contributes to its outlet: the layout's counts and the loaded-term
/// rules it uses in editorial voice, each once (document frequency: a caption repeated 42
/// times counts as one use).
struct ArticleFigures: Sendable {
    let values: [Int32]
    let terms: [String: Int]

    init(values: [Int32], terms: [String: Int]) {
        self.values = values
        self.terms = terms
    }

    init(_ audit: ArticleAudit, layout: FigureLayout) {
        var values = [Int32](repeating: 0, count: layout.fields.count)
        func set(_ field: String, _ value: Int) {
            if let index = layout.index(of: field) { values[index] = Int32(clamping: value) }
        }
        let measures = audit.measures
        set("articles", 1)
        set("words", audit.input.words)
        set("loaded.editorial", measures.loadedLanguage.editorial)
        set("loaded.attributed", measures.loadedLanguage.attributed)
        set("loaded.quoted", measures.loadedLanguage.quoted)
        set("attributed.words", measures.totalAttributedWords)
        for voice in measures.voices {
            set(FigureLayout.voiceWords(voice.sideID), voice.words)
            set(FigureLayout.cues(voice.sideID), voice.cues)
            set(FigureLayout.neutralCues(voice.sideID), voice.verbClasses.first { $0.verbClass == .neutral }?.count ?? 0)
        }
        for framing in measures.casualtyFraming {
            set(FigureLayout.casualties(framing.sideID), framing.mentions)
            set(FigureLayout.agentless(framing.sideID), framing.agency.filter(\.agency.hidesAgent).reduce(0) { $0 + $1.count })
            set(FigureLayout.emotive(framing.sideID), framing.emotiveTerms)
        }
        // Asymmetry as the article verdict defines it: a pejorative label for one party in the
        // outlet's own voice while another party gets none.
        let pejorative = measures.labels.bySide.map { side in
            (side.sideID, side.labels.filter { $0.voice == .editorial && $0.polarity == .pejorative }.count)
        }
        for (sideID, count) in pejorative {
            set(FigureLayout.pejorativeLabels(sideID), count)
            let otherHasNone = pejorative.contains { $0.0 != sideID && $0.1 == 0 }
            set(FigureLayout.asymmetricAgainst(sideID), count > 0 && otherHasNone ? 1 : 0)
        }
        // Lines repeated within the article, or across its outlet's articles (`--boilerplate`).
        let repeated = audit.droppedLines.filter { $0.ruleID == RepeatedLines.ruleID || $0.ruleID == KnownBoilerplate.ruleID }
            .count
        set(FigureLayout.repeatedLines, repeated)
        set(FigureLayout.debrisLines, audit.droppedLines.count - repeated)
        self.values = values
        var terms: [String: Int] = [:]
        for finding in audit.findings where finding.voice == .editorial && LoadedLanguageTally.isLoaded(finding) {
            terms[finding.ruleID] = 1
        }
        self.terms = terms
    }
}
