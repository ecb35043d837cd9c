import Foundation
import PCRE2

/// Runs the whole audit of one article: segment, match, attribute, place each match in its
/// voice, measure, judge. Immutable and shareable across threads; each thread brings its own
/// `MatchScratch`.
public struct Auditor: Sendable {
    public let compiled: CompiledLexicon
    /// Scans for the rules' patterns and exceptions (`LexiconPatterns.rulePatternList`).
    let ruleScanner: any PatternScanner
    /// Scans for the actors' and places' patterns alone (`LexiconPatterns.topicPatternList`):
    /// enough to tell an article's topic, so an off-topic one is never scanned for the rules.
    let topicScanner: any PatternScanner
    let segmenter: Segmenter

    /// `scanMethod` defaults to the fast prefiltered scanner; tests pass the sequential reference.
    /// `dropsRepeatedLines` drops lines the article repeats as boilerplate (`RepeatedLines`), as
    /// `slant compare` does.
    public init(compiled: CompiledLexicon, scanMethod: ScanMethod = .prefiltered, dropsRepeatedLines: Bool = false) {
        self.compiled = compiled
        self.ruleScanner = scanMethod.scanner(for: compiled.patterns.rulePatternList)
        self.topicScanner = scanMethod.scanner(for: compiled.patterns.topicPatternList)
        self.segmenter = Segmenter(debris: compiled.debris, dropsRepeatedLines: dropsRepeatedLines)
    }

    /// `timings`, when given, collects the time spent in each phase (for `--benchmark`);
    /// `boilerplate` lists lines of the article's outlet to drop (`KnownBoilerplate`).
    public func audit(
        _ source: SourceText, scratch: MatchScratch = MatchScratch(), timings: PhaseTimings? = nil,
        boilerplate: KnownBoilerplate? = nil
    ) -> ArticleAudit {
        audit(read(source, scratch: scratch, timings: timings, boilerplate: boilerplate), scratch: scratch, timings: timings)
    }

    /// The audit's first half (`AuditReading`): segment, scan for actors and places, find them.
    public func read(
        _ source: SourceText, scratch: MatchScratch = MatchScratch(), timings: PhaseTimings? = nil,
        boilerplate: KnownBoilerplate? = nil
    ) -> AuditReading {
        let document = timings.measure("segmentation") {
            segmenter.segment(source, scratch: scratch, boilerplate: boilerplate)
        }
        // Under a step budget: a pattern that spends too many match-limit steps on this text is
        // stopped and reported like one that hits the match limit (`MatchLimits`). The topic's
        // patterns have a budget of their own, so what the rules cost never changes the topic.
        let matching = timings.measure("pattern scan") { MatchingText(source.utf8) }
        let scan = timings.measure("pattern scan") {
            scratch.withStepBudget { topicScanner.scan(matching, scratch: scratch) }.placed(at: compiled.patterns.topicStart)
        }
        return timings.measure("actors and rule matching") {
            let mentions = ActorMentionIndex(
                mentions: ActorFinder.find(
                    in: document, actors: compiled.actors, patterns: compiled.patterns.actorPatterns, scan: scan))
            let places = ActorMentionIndex(
                mentions: ActorFinder.find(
                    in: document, actors: compiled.places, patterns: compiled.patterns.placePatterns, scan: scan))
            let topicSentences = TopicSentences.count(
                in: document, mentions: mentions.mentions + places.mentions,
                partySideIDs: Set(compiled.sides.filter { !$0.isThirdParty }.map(\.id)))
            return AuditReading(
                source: source, document: document, matching: matching, mentions: mentions, places: places,
                topicSentences: topicSentences)
        }
    }

    /// The audit's second half: scan for the rules, attribute, place each match in its voice,
    /// measure, judge.
    public func audit(_ reading: AuditReading, scratch: MatchScratch = MatchScratch(), timings: PhaseTimings? = nil)
        -> ArticleAudit
    {
        let (source, document, mentions, places) = (reading.source, reading.document, reading.mentions, reading.places)
        let scan = timings.measure("pattern scan") {
            scratch.withStepBudget { ruleScanner.scan(reading.matching, scratch: scratch) }
        }
        let (matches, limitHits) = timings.measure("actors and rule matching") {
            RuleMatcher.matches(from: scan, lexicon: compiled, document: document)
        }
        let (attributions, quotationSpeaker, voices) = timings.measure("attribution and voice") {
            let cues = matches.compactMap { match -> AttributionFinder.CueMatch? in
                guard compiled.rules[match.ruleIndex].rule.category == .reportingVerb else { return nil }
                return AttributionFinder.CueMatch(range: match.range, rule: compiled.rules[match.ruleIndex].rule)
            }
            let (attributions, quotationSpeaker) = AttributionFinder(
                document: document, mentions: mentions, places: places, cues: cues,
                thirdPartySideID: compiled.sides.first(where: \.isThirdParty)?.id
            ).find()
            let voices = VoiceMap(document: document, attributions: attributions, quotationSpeaker: quotationSpeaker)
            return (attributions, quotationSpeaker, voices)
        }
        let findings = timings.measure("findings: voice, described side, context") {
            let sidesResolver = DescribedSideResolver(document: document, mentions: mentions)
            return matches.map { match in
                finding(for: match, document: document, voices: voices, attributions: attributions, resolver: sidesResolver)
            }
        }
        let casualties = timings.measure("casualties") {
            casualtyMentions(
                matches: matches, findings: findings, document: document, mentions: mentions, places: places, voices: voices)
        }
        let start = PhaseTimings.now()
        defer { timings?.add("measures, verdict and report assembly", since: start) }
        let words = document.wordCount
        let measures = measure(attributions: attributions, findings: findings, casualties: casualties, words: words)
        return ArticleAudit(
            schemaVersion: ArticleAudit.currentSchemaVersion,
            tool: ToolInfo(name: "slant", version: SlantVersion.current),
            input: InputInfo(
                name: source.name, sha256: SHA256Hex.of(source.inputBytes),
                bytes: source.bytes.count, title: document.title.map { source.text($0.range) }, words: words,
                paragraphs: document.paragraphs.count, sentences: document.sentences.count, quotations: document.quotations.count),
            lexicons: compiled.packVersions,
            sides: compiled.sides.map { SideInfo(id: $0.id, name: $0.name, isThirdParty: $0.isThirdParty) },
            droppedLines: document.droppedLines,
            attributions: attributions,
            findings: findings,
            casualties: casualties,
            measures: measures,
            verdict: judge(measures: measures, findings: findings, words: words),
            limits: limits(
                document: document, attributions: attributions, quotationSpeaker: quotationSpeaker, limitHits: limitHits),
            topicSentences: reading.topicSentences)
    }

    private func finding(
        for match: RuleMatch, document: Document, voices: VoiceMap, attributions: [Attribution], resolver: DescribedSideResolver
    ) -> Finding {
        // Fields read in place: binding the rule or the speaker's attribution would copy all of it.
        let rules = compiled.rules
        let index = match.ruleIndex
        let category = rules[index].rule.category
        let source = document.source
        let (voice, owner) = voices.findingVoice(at: match.range.lowerBound)
        let speakerSideID = owner.flatMap { attributions[$0].sideID }
        // One search for the sentence, which the side and the context both need.
        let sentence = document.sentence(containing: match.range.lowerBound)
        let described = resolver.resolve(
            match.range, speakerSideID: speakerSideID, nearestFallback: category != .label, sentence: sentence)
        let text = source.text(match.range)
        return Finding(
            ruleID: rules[index].rule.id, category: category, span: source.span(match.range),
            phrase: category == .label
                ? described?.adjacentActor.map { source.text($0.lowerBound..<match.range.upperBound) } ?? text : text,
            context: context(of: match.range, in: sentence, of: document), voice: voice, attribution: owner,
            speakerName: owner.map { attributions[$0].speakerName }, speakerSideID: speakerSideID,
            describedSideID: described?.sideID, describedBy: described?.how,
            severity: voice == .editorial ? rules[index].rule.severity : .info,
            message: LexiconRule.message(rules[index].rule.message, for: text),
            alternatives: rules[index].rule.alternatives, polarity: rules[index].rule.polarity,
            verbClass: rules[index].rule.verbClass, emotive: rules[index].rule.emotive)
    }

    /// The match with up to five words either side, within its sentence (`sentence`, the one
    /// holding the match's start).
    private func context(of range: Range<Int>, in sentence: Sentence?, of document: Document) -> String {
        guard let sentence else { return document.source.text(range) }
        let bytes = document.bytes
        let before = document.words.lastWords(5, in: sentence.range.lowerBound..<range.lowerBound)
        let after = document.words.firstWords(
            5, in: min(range.upperBound, sentence.range.upperBound)..<sentence.range.upperBound)
        let start = before.first?.lowerBound ?? range.lowerBound
        let end = max(after.last?.upperBound ?? range.upperBound, range.upperBound)
        let prefix = start > sentence.range.lowerBound ? "…" : ""
        let suffix = end < sentence.range.upperBound ? "…" : ""
        guard !bytes[start..<end].contains(UInt8(ascii: "\n")) else {
            return prefix + document.source.text(start..<end).replacingOccurrences(of: "\n", with: " ") + suffix
        }
        // Most contexts have no line break: their bytes are written once, straight into the
        // string's storage.
        let ellipsis: StaticString = "…"
        let marks = (prefix.isEmpty ? 0 : 1) + (suffix.isEmpty ? 0 : 1)
        return String(unsafeUninitializedCapacity: end - start + marks * ellipsis.utf8CodeUnitCount) { context in
            var written = 0
            func write<Bytes: Collection<UInt8>>(_ piece: Bytes) {
                for byte in piece {
                    context[written] = byte
                    written += 1
                }
            }
            if !prefix.isEmpty { ellipsis.withUTF8Buffer { write($0) } }
            bytes.withUnsafeBufferPointer { write($0[start..<end]) }
            if !suffix.isEmpty { ellipsis.withUTF8Buffer { write($0) } }
            return written
        }
    }

    /// Each casualty word classified, with the emotive terms, caveats and individuating details
    /// of its sentence.
    private func casualtyMentions(
        matches: [RuleMatch], findings: [Finding], document: Document, mentions: ActorMentionIndex,
        places: ActorMentionIndex, voices: VoiceMap
    ) -> [CasualtyMention] {
        let casualtyMatches = matches.filter { compiled.rules[$0.ruleIndex].rule.category == .casualty }
        guard !casualtyMatches.isEmpty else { return [] }
        var bySentence: [Int: [Finding]] = [:]
        for finding in findings where finding.emotive || finding.category == .caveat || finding.category == .individuation {
            if let sentence = document.sentence(containing: finding.span.start) {
                bySentence[sentence.index, default: []].append(finding)
            }
        }
        let finder = CasualtyFinder(
            document: document, mentions: mentions, places: places,
            parties: Set(compiled.sides.filter { !$0.isThirdParty }.map(\.id)))
        let classified = casualtyMatches.compactMap { match in
            let related = document.sentence(containing: match.range.lowerBound).flatMap { bySentence[$0.index] } ?? []
            return finder.classify(
                CasualtyFinder.Match(range: match.range, rule: compiled.rules[match.ruleIndex].rule),
                voice: voices.voice(at: match.range.lowerBound).voice,
                emotive: related.filter(\.emotive).map(\.span),
                caveats: related.filter { $0.category == .caveat }.map(\.span),
                individuation: related.filter { $0.category == .individuation }.map(\.span))
        }
        return Self.carryVictimsForward(classified, document: document, headline: finder.headlineVictims())
    }

    /// How many sentences back a casualty sentence that names nobody may look for its victims.
    static let victimContextSentences = 2

    /// A casualty sentence that names no side ("The explosion killed hundreds") usually goes on
    /// about the victims of the sentences just before it, as a reader takes it; with none, about
    /// the actor nearest its casualty word, and failing that about the victims its article's
    /// headline frames it around: those of the headline's own casualty report ("Israel: 4 dead
    /// after ... attack Jerusalem synagogue"), else those the headline's actors imply.
    static func carryVictimsForward(
        _ classified: [CasualtyFinder.Classified], document: Document,
        headline: (sideID: String, evidence: String)? = nil
    ) -> [CasualtyMention] {
        let inTitle = { (mention: CasualtyMention) in document.title.map { $0.range.contains(mention.span.start) } ?? false }
        let frame =
            classified.first { inTitle($0.mention) && $0.mention.victimSideID != nil }.flatMap { item in
                item.mention.victimSideID.map { (sideID: $0, evidence: "victims of the headline's casualty report") }
            } ?? headline
        var result: [CasualtyMention] = []
        var last: (sideID: String, sentence: Int, location: SourceLocation)?
        for item in classified {
            let mention = item.mention
            let sentence = document.sentence(containing: mention.span.start)?.index ?? 0
            // Only a sentence's own victims (or its nearest actor) become the report later
            // sentences carry: a carried side is not carried on again.
            if let side = mention.victimSideID {
                last = (side, sentence, mention.span.location)
                result.append(mention)
            } else if let last, sentence - last.sentence <= victimContextSentences {
                result.append(mention.withVictims(last.sideID, evidence: "victims of the casualty report at \(last.location)"))
            } else if let nearest = item.nearestActor {
                last = (nearest.sideID, sentence, mention.span.location)
                result.append(mention.withVictims(nearest.sideID, evidence: nearest.evidence))
            } else if let frame, document.sentences.indices.contains(sentence),
                document.sentences[sentence].paragraphIndex >= 0
            {
                result.append(mention.withVictims(frame.sideID, evidence: frame.evidence))
            } else {
                result.append(mention)
            }
        }
        return result
    }

    private func measure(attributions: [Attribution], findings: [Finding], casualties: [CasualtyMention], words: Int) -> Measures
    {
        let voices = VoiceMeasures.compute(attributions: attributions, sides: compiled.sides)
        let parties = compiled.sides.filter { !$0.isThirdParty }
        let partyVoices = voices.filter { voice in parties.contains { $0.id == voice.sideID } }
        let rates = partyVoices.filter { $0.attributions >= VerdictThresholds.minimumAttributionsPerParty }.compactMap(
            \.neutralityRate)
        return Measures(
            voices: voices,
            totalAttributedWords: attributions.reduce(0) { $0 + $1.words },
            firstVoice: attributions.first { $0.sideID != nil }?.sideID,
            lastVoice: attributions.last { $0.sideID != nil }?.sideID,
            balance: BalanceIndices.compute(words: partyVoices.map { ($0.sideID, $0.words) }),
            verbNeutralityGap: rates.count >= 2 ? rates.max()! - rates.min()! : nil,
            loadedLanguage: LoadedLanguageTally.compute(findings: findings, words: words, sideIDs: compiled.sides.map(\.id)),
            labels: LabelAsymmetry.compute(findings: findings, parties: parties),
            casualtyFraming: CasualtyMeasures.compute(casualties, sideIDs: compiled.sides.map(\.id)))
    }

    // The thresholds as the checks state them: written once, not formatted again per article.
    static let voiceBalanceThreshold =
        "quieter/louder attributed words < \(VerdictThresholds.minimumVoiceRatio), "
        + "parties together >= \(VerdictThresholds.minimumPartyAttributions) attributions"
    static let loadedLanguageThreshold =
        ">= \(formatDecimal(VerdictThresholds.editorialLoadedPerThousand)) per 1,000 words and >= \(VerdictThresholds.editorialLoadedMinimumHits) terms"
    static let verbNeutralityThreshold =
        "gap in neutral-verb rate >= \(VerdictThresholds.verbNeutralityGap), each party >= \(VerdictThresholds.minimumAttributionsPerParty) attributions"

    private func judge(measures: Measures, findings: [Finding], words: Int) -> Verdict {
        let partyVoices = measures.voices.filter { voice in measures.balance.parties.contains(voice.sideID) }
        let partyAttributions = partyVoices.reduce(0) { $0 + $1.attributions }
        let ratio = partyAttributions >= VerdictThresholds.minimumPartyAttributions ? measures.balance.minMaxRatio : nil
        // What speakers slant could not place would need to say to change the voice and verb checks.
        let unassigned = measures.voices.first { $0.sideID == unassignedSideID }
        let unassignedVoice = UnassignedSensitivity.Voice(
            words: unassigned?.words ?? 0, attributions: unassigned?.attributions ?? 0, cues: unassigned?.cues ?? 0,
            neutralCues: unassigned?.neutralCues ?? 0)
        let parties = partyVoices.map {
            UnassignedSensitivity.Voice(
                words: $0.words, attributions: $0.attributions, cues: $0.cues, neutralCues: $0.neutralCues)
        }
        let sharePercent = "\(Int((VerdictThresholds.unassignedPartyShare * 100).rounded()))%"
        let voiceAbstains =
            ratio != nil
            && UnassignedSensitivity.canFlip(
                UnassignedSensitivity.voiceBalanceTriggered, parties: parties, unassigned: unassignedVoice)
        let partyWords = partyVoices.map { "\($0.name): \($0.words) attributed words" }
        let voiceCheck = VerdictCheck(
            id: "voice-balance", title: "Unequal space for the parties' claims",
            measured: ratio.map { formatRatio($0) } ?? "n/a",
            threshold: Self.voiceBalanceThreshold,
            triggered: (ratio ?? 1) < VerdictThresholds.minimumVoiceRatio,
            applicable: ratio != nil,
            abstained: voiceAbstains,
            detail: partyVoices.isEmpty
                ? "No party is given any words."
                : (partyAttributions < VerdictThresholds.minimumPartyAttributions
                    ? "Fewer than \(VerdictThresholds.minimumPartyAttributions) attributions of the parties together. " : "")
                    + (voiceAbstains
                        ? "Not enough evidence: \(unassignedVoice.words) words by speakers slant could not place on a side "
                            + "would change the answer if \(sharePercent) of them were one party's. " : "")
                    + partyWords.joined(separator: "; ") + ".",
            evidence: [])
        // Indices, not filtered copies of findings (each copy retains a dozen strings).
        let loaded = findings.indices.filter { findings[$0].voice == .editorial && LoadedLanguageTally.isLoaded(findings[$0]) }
        let density = measures.loadedLanguage.editorialPerThousandWords
        let loadedCheck = VerdictCheck(
            id: "editorial-loaded-language", title: "Loaded language in the outlet's own voice",
            measured: "\(loaded.count) terms, \(formatDecimal(density)) per 1,000 words",
            threshold: Self.loadedLanguageThreshold,
            triggered: density >= VerdictThresholds.editorialLoadedPerThousand
                && loaded.count >= VerdictThresholds.editorialLoadedMinimumHits,
            applicable: words > 0,
            detail: loaded.isEmpty
                ? "No loaded term in narration."
                : loaded.prefix(4).map { "\"\(findings[$0].span.text)\" (\(findings[$0].span.location))" }.joined(
                    separator: ", "),
            evidence: loaded.map { findings[$0].span })
        let gap = measures.verbNeutralityGap
        let verbAbstains =
            gap != nil
            && UnassignedSensitivity.canFlip(
                UnassignedSensitivity.verbGapTriggered, parties: parties, unassigned: unassignedVoice)
        let verbCheck = VerdictCheck(
            id: "verb-neutrality-gap", title: "Different reporting verbs for the parties",
            measured: gap.map { formatDecimal($0) } ?? "n/a",
            threshold: Self.verbNeutralityThreshold,
            triggered: (gap ?? 0) >= VerdictThresholds.verbNeutralityGap,
            applicable: gap != nil,
            abstained: verbAbstains,
            detail: (verbAbstains
                ? "Not enough evidence: \(unassignedVoice.cues) reporting verbs of speakers slant could not place on a side "
                    + "would change the answer if \(sharePercent) of them were one party's. " : "")
                + partyVoices.map {
                    "\($0.name): \($0.neutralityRate.map { formatDecimal($0) } ?? "n/a") neutral "
                        + "(\(counted($0.cues, "verb")), \(counted($0.attributions, "attribution")))"
                }.joined(separator: "; "),
            evidence: [])
        let labelEvidence = findings.indices.filter {
            findings[$0].category == .label && findings[$0].voice == .editorial && findings[$0].polarity == .pejorative
        }
        let labelCheck = VerdictCheck(
            id: "label-asymmetry", title: "Asymmetric labels for the parties",
            measured: measures.labels.asymmetric ? "asymmetric" : "symmetric",
            threshold: "a pejorative label for one party in editorial voice, none for the other",
            triggered: measures.labels.asymmetric,
            applicable: true,
            detail: measures.labels.explanation,
            evidence: labelEvidence.map { findings[$0].span })
        let checks = [voiceCheck, loadedCheck, verbCheck, labelCheck]
        return Verdict(level: Verdict.level(triggered: checks.filter { $0.triggered }.count), checks: checks)
    }

    private func limits(
        document: Document, attributions: [Attribution], quotationSpeaker: [Int?], limitHits: [LimitHit]
    ) -> AuditLimits {
        // Gathered into one list (not flat-mapped and concatenated copies); the order among equal
        // starts does not matter to the sweep.
        var voiced: [Range<Int>] = []
        voiced.reserveCapacity(attributions.count + document.quotations.count)
        for index in attributions.indices {
            for paraphrase in attributions[index].paraphrases { voiced.append(paraphrase.range) }
        }
        for quotation in document.quotations { voiced.append(quotation.outerRange) }
        voiced.sort { $0.lowerBound < $1.lowerBound }
        // Both lists are in text order: one sweep finds the sentences no voiced range touches.
        var editorial = 0
        var next = 0
        var reach = 0  // the furthest end among ranges starting before the current sentence's end
        for sentence in document.sentences {
            while next < voiced.count && voiced[next].lowerBound < sentence.range.upperBound {
                reach = max(reach, voiced[next].upperBound)
                next += 1
            }
            if reach <= sentence.range.lowerBound { editorial += 1 }
        }
        return AuditLimits(
            sentences: document.sentences.count,
            editorialSentences: editorial,
            unattributedQuotations: document.quotations.reduce(0) {
                !$1.isFragment && quotationSpeaker[$1.index] == nil ? $0 + 1 : $0
            },
            unresolvedSpeakers: attributions.reduce(0) {
                $1.resolution == .unresolved || $1.resolution == .unmapped ? $0 + 1 : $0
            },
            ruleLimitHits: limitHits,
            longSentences: document.longSentences)
    }
}

func formatDecimal(_ value: Double) -> String {
    twoDecimals(value)
}

func formatRatio(_ value: Double) -> String {
    twoDecimals(value)
}

/// `%.2f` from the C library: the digits `String(format:)` gives, without Foundation's format
/// parser and string bridging, a visible cost at one verdict per article.
private func twoDecimals(_ value: Double) -> String {
    // The longest `%.2f` of a Double: 309 integer digits, sign, point, two decimals.
    withUnsafeTemporaryAllocation(of: CChar.self, capacity: 320) { buffer in
        _ = withVaList([value]) { vsnprintf(buffer.baseAddress!, buffer.count, "%.2f", $0) }
        return String(cString: buffer.baseAddress!)
    }
}

/// "1 verb", "2 verbs".
private func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
