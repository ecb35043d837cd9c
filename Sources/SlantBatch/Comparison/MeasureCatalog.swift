/// The outlet-level measures, built for the lexicon's sides. Each is a ratio of sums over the
/// outlet's articles (so long articles weigh more than short ones, as words do), and the gap
/// and ratio measures compare the first two parties in lexicon order.
enum MeasureCatalog {
    static func measures(for layout: FigureLayout) -> [MeasureDefinition] {
        func field(_ name: String) -> Int {
            guard let index = layout.index(of: name) else { preconditionFailure("no field \(name) in the layout") }
            return index
        }
        let articles = field("articles")
        let words = field("words")
        var measures = [
            MeasureDefinition(
                id: "words-per-article", title: "Words per article", unit: .words,
                formulaText: "Σ words / N (N = the outlet's articles)",
                reading: "How long the outlet's articles are; context for the other figures.", charted: false,
                formula: .ratio(numerator: words, denominator: articles, scale: 1))
        ]
        let voices: [(id: String, title: String, reading: String)] = [
            (
                "editorial", "Loaded terms in the outlet's own voice",
                "Loaded terms in narration, outside quotations and attributed speech: the outlet's own word choice."
            ),
            (
                "attributed", "Loaded terms in attributed speech",
                "Loaded terms in paraphrase of a speaker (\"X said that ...\"): the speaker's words as the outlet relays them."
            ),
            (
                "quoted", "Loaded terms inside quotations",
                "Loaded terms inside quotation marks: the speakers' own words, as selected."
            ),
        ]
        for voice in voices {
            measures.append(
                MeasureDefinition(
                    id: "loaded-\(voice.id)", title: voice.title + ", per 1,000 words", unit: .perThousandWords,
                    formulaText: "1000 × Σ loaded terms in \(voice.id) voice / Σ words",
                    reading: voice.reading
                        + " Loaded terms are hits of loaded-term, intensifier and prescriptive rules and of non-neutral labels.",
                    charted: voice.id == "editorial",
                    formula: .ratio(numerator: field("loaded.\(voice.id)"), denominator: words, scale: 1000)))
        }
        let parties = layout.parties
        for side in layout.sides {
            measures.append(
                MeasureDefinition(
                    id: "voice-share-\(side.id)", title: "Share of attributed words: \(side.name)", unit: .share,
                    formulaText: "Σ words quoted from or attributed to \(side.name) speakers / Σ all attributed words",
                    reading:
                        "How much of the space given to speakers goes to this side (measures.md formula 1). Speakers the lexicon maps to no side make up the rest.",
                    charted: !side.isThirdParty,
                    formula: .ratio(
                        numerator: field(FigureLayout.voiceWords(side.id)), denominator: field("attributed.words"), scale: 1)))
        }
        func neutrality(_ side: SideDescription) -> MeasureFormula {
            .ratio(numerator: field(FigureLayout.neutralCues(side.id)), denominator: field(FigureLayout.cues(side.id)), scale: 1)
        }
        func agentless(_ side: SideDescription) -> MeasureFormula {
            .ratio(
                numerator: field(FigureLayout.agentless(side.id)), denominator: field(FigureLayout.casualties(side.id)), scale: 1)
        }
        for party in parties {
            measures.append(
                MeasureDefinition(
                    id: "verb-neutrality-\(party.id)", title: "Neutral reporting verbs: \(party.name)", unit: .share,
                    formulaText:
                        "Σ neutral verbs (said, told, according to) introducing \(party.name) speakers / Σ all reporting verbs introducing them",
                    reading:
                        "1 means every statement is introduced like \"said\"; lower means more \"claimed\", \"admitted\", \"insisted\" (measures.md formula 5).",
                    charted: false, formula: neutrality(party)))
        }
        if parties.count >= 2 {
            let (first, second) = (parties[0], parties[1])
            measures.append(
                MeasureDefinition(
                    id: "verb-neutrality-gap", title: "Reporting-verb neutrality gap: \(first.name) − \(second.name)",
                    unit: .shareDifference,
                    formulaText:
                        "neutral-verb share of \(first.name) speakers − that of \(second.name) speakers (each a ratio of sums)",
                    reading:
                        "Positive: \(first.name) speakers are introduced more neutrally than \(second.name) speakers; negative: the reverse; 0: alike.",
                    charted: false, formula: .difference(neutrality(first), neutrality(second))))
        }
        for party in parties {
            measures.append(
                MeasureDefinition(
                    id: "agentless-rate-\(party.id)",
                    title: "Casualty mentions without an agent: victims on the \(party.name) side",
                    unit: .share,
                    formulaText:
                        "Σ (agentless passive + reduced passive + intransitive + nominal) mentions of deaths on the \(party.name) side / Σ all mentions of deaths on that side",
                    reading:
                        "How often these deaths are reported without saying who caused them (\"were killed\", \"died\", \"deaths\"; measures.md formula 6).",
                    charted: true, formula: agentless(party)))
        }
        if parties.count >= 2 {
            let (first, second) = (parties[0], parties[1])
            measures.append(
                MeasureDefinition(
                    id: "agentless-gap", title: "Agentless-rate gap: victims on the \(first.name) side − the \(second.name) side",
                    unit: .shareDifference,
                    formulaText: "agentless rate of deaths on the \(first.name) side − that on the \(second.name) side",
                    reading:
                        "Positive: deaths on the \(first.name) side are more often reported without an agent than deaths on the \(second.name) side; negative: the reverse.",
                    charted: false, formula: .difference(agentless(first), agentless(second))))
        }
        for party in parties {
            measures.append(
                MeasureDefinition(
                    id: "emotive-per-mention-\(party.id)",
                    title: "Emotive terms per casualty mention: victims on the \(party.name) side",
                    unit: .perMention,
                    formulaText:
                        "Σ emotive terms (slaughter, massacre, horrific ...) in sentences reporting deaths on the \(party.name) side / Σ mentions of those deaths",
                    reading: "How charged the language around these deaths is, per mention.", charted: false,
                    formula: .ratio(
                        numerator: field(FigureLayout.emotive(party.id)), denominator: field(FigureLayout.casualties(party.id)),
                        scale: 1)))
        }
        if parties.count >= 2 {
            let (first, second) = (parties[0], parties[1])
            measures.append(
                MeasureDefinition(
                    id: "emotive-ratio", title: "Emotive-term ratio: victims on the \(first.name) side : the \(second.name) side",
                    unit: .ratio,
                    formulaText:
                        "ER = (c_A + 1) / (c_B + 1), c = Σ emotive terms in sentences reporting deaths on side A = \(first.name), B = \(second.name); undefined when both are 0",
                    reading:
                        "1 is parity; 3 means three times as many emotive terms around deaths on the \(first.name) side as on the \(second.name) side (measures.md formula 7). Raw counts, not per death.",
                    charted: true,
                    formula: .smoothedRatio(
                        numerator: field(FigureLayout.emotive(first.id)), denominator: field(FigureLayout.emotive(second.id)))))
            for party in parties {
                let others = parties.filter { $0.id != party.id }.map(\.name).joined(separator: ", ")
                measures.append(
                    MeasureDefinition(
                        id: "label-asymmetry-\(party.id)", title: "Articles with a one-sided pejorative label for \(party.name)",
                        unit: .share,
                        formulaText:
                            "articles where \(party.name) gets a pejorative label in editorial voice and \(others) none / N",
                        reading:
                            "The article-level label-asymmetry check, counted over the outlet's articles (measures.md formula 4).",
                        charted: false,
                        formula: .ratio(
                            numerator: field(FigureLayout.asymmetricAgainst(party.id)), denominator: articles, scale: 1)))
            }
        }
        for party in parties {
            measures.append(
                MeasureDefinition(
                    id: "pejorative-labels-\(party.id)",
                    title: "Pejorative labels for \(party.name) in editorial voice, per 1,000 words",
                    unit: .perThousandWords,
                    formulaText:
                        "1000 × Σ pejorative labels (terrorists, regime, thugs ...; not contested ones such as militants) for \(party.name) actors in editorial voice / Σ words",
                    reading: "How often the outlet itself, not a speaker, labels this side's actors pejoratively.",
                    charted: false,
                    formula: .ratio(numerator: field(FigureLayout.pejorativeLabels(party.id)), denominator: words, scale: 1000)))
        }
        return measures
    }
}
