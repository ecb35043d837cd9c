import PCRE2

/// `slant check` for one file: reduce the markup to prose, audit it, turn the audit into
/// findings under the newsroom's configuration, add article-level threshold findings, and apply
/// the file's suppression comments. The baseline is applied afterwards, over the whole run.
public struct Checker: Sendable {
    public let auditor: Auditor
    public let configuration: CheckConfiguration
    private let rulesByID: [String: LexiconRule]
    private let knownRuleIDs: [String]

    public init(compiled: CompiledLexicon, configuration: CheckConfiguration) {
        self.init(auditor: Auditor(compiled: compiled), configuration: configuration)
    }

    /// With an auditor already built: a service checks each request under its own configuration
    /// and would otherwise build the pattern scanner again every time.
    public init(auditor: Auditor, configuration: CheckConfiguration) {
        self.auditor = auditor
        self.configuration = configuration
        let compiled = auditor.compiled
        let rules = compiled.lexicon.rules
        self.rulesByID = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.knownRuleIDs = rules.map(\.id) + BuiltInCheckRules.all.map(\.id)
    }

    /// Checks a decoded file. `path` is how the file is named in the results and the baseline.
    public func check(_ file: SourceText, path: String, markup: MarkupKind, scratch: MatchScratch = MatchScratch())
        throws(InputProblem)
        -> CheckedFile
    {
        let prose = ProseExtractor.extract(file, markup: markup)
        // A page with no article text is likely the wrong page; a Markdown file of code alone is fine.
        if markup == .html && !prose.prose.bytes.contains(where: { !InputDecoder.isASCIIWhitespace($0) }) {
            throw .empty(file: file.name)
        }
        let audit = auditor.audit(prose.prose, scratch: scratch)
        var findings: [CheckFinding] = audit.findings.compactMap { finding in
            guard let rule = rulesByID[finding.ruleID], let severity = configuration.severity(for: finding, rule: rule) else {
                return nil
            }
            return make(finding, severity: severity, prose: prose.prose, in: file)
        }
        let articleStart = firstProseOffset(prose.prose)
        for crossing in ThresholdChecker.crossings(of: audit, thresholds: configuration.thresholds) {
            guard let severity = configuration.severity(forBuiltIn: crossing.ruleID) else { continue }
            findings.append(
                articleFinding(crossing.ruleID, severity: severity, message: crossing.message, at: articleStart, in: file))
        }
        // A rule stopped by a limit found nothing here, which is not the same as passing: say so.
        if let severity = configuration.severity(forBuiltIn: BuiltInCheckRules.ruleLimit) {
            for hit in audit.limits.ruleLimitHits {
                findings.append(
                    articleFinding(
                        BuiltInCheckRules.ruleLimit, severity: severity,
                        message: "rule '\(hit.ruleID)' was stopped on this file (\(hit.reason)); its findings here are missing",
                        at: articleStart, in: file))
            }
        }
        var directives: [SuppressionDirective] = []
        var directiveFindings: [CheckFinding] = []
        for candidate in prose.candidates {
            let start = file.location(of: candidate.fileRange.lowerBound)
            let end = file.location(of: max(candidate.fileRange.lowerBound, candidate.fileRange.upperBound - 1))
            switch SuppressionDirective.parse(candidate.body, start: start, end: end) {
            case .directive(let directive): directives.append(directive)
            case .malformed(let message):
                if let severity = configuration.severity(forBuiltIn: BuiltInCheckRules.malformedSuppression) {
                    directiveFindings.append(
                        located(
                            BuiltInCheckRules.malformedSuppression, severity: severity, message: message,
                            range: candidate.fileRange, in: file))
                }
            case .none: break
            }
        }
        let matcher = SuppressionMatcher(directives: directives, configuration: configuration, knownRuleIDs: knownRuleIDs)
        let ranges = Dictionary(
            prose.candidates.map { (file.location(of: $0.fileRange.lowerBound), $0.fileRange) },
            uniquingKeysWith: { first, _ in first })
        let outcome = matcher.apply(to: findings) { ruleID, severity, message, directive in
            located(ruleID, severity: severity, message: message, range: ranges[directive.start] ?? 0..<0, in: file)
        }
        return CheckedFile(
            path: path, markup: markup,
            findings: (outcome.kept + outcome.directiveFindings + directiveFindings).sorted(by: CheckFinding.inOrder),
            suppressed: outcome.suppressed.sorted { CheckFinding.inOrder($0.finding, $1.finding) })
    }

    public func rule(_ id: String) -> LexiconRule? { rulesByID[id] }

    /// What reporters show about a rule: a lexicon rule or one of slant's own.
    public func ruleInfo(_ id: String) -> CheckRuleInfo? {
        if let builtIn = BuiltInCheckRules.info(id) { return builtIn }
        guard let rule = rulesByID[id] else { return nil }
        return CheckRuleInfo(rule: rule, pack: auditor.compiled.lexicon.packs.first { $0.name == rule.pack })
    }

    /// The run's report, once every file is checked (and the baseline applied).
    public func report(files: [CheckedFile], unreadable: Int) -> CheckReport {
        CheckReport(files: files, unreadable: unreadable, ruleInfo: ruleInfo)
    }

    private func make(_ finding: Finding, severity: Severity, prose: SourceText, in file: SourceText) -> CheckFinding {
        let span = finding.span
        let range = prose.origin?.fileRange(of: span.range) ?? span.range
        return CheckFinding(
            ruleID: finding.ruleID, severity: severity, message: finding.message, alternatives: finding.alternatives,
            location: span.location, endLocation: file.location(of: range.upperBound), start: range.lowerBound,
            end: range.upperBound, text: span.text,
            lineText: lineText(at: span.location.line, in: file), category: finding.category.rawValue, voice: finding.voice,
            speakerName: finding.voice == .editorial ? nil : finding.speakerName)
    }

    /// A finding of slant's own about a span of the file (a comment).
    private func located(_ ruleID: String, severity: Severity, message: String, range: Range<Int>, in file: SourceText)
        -> CheckFinding
    {
        let location = file.location(of: range.lowerBound)
        return CheckFinding(
            ruleID: ruleID, severity: severity, message: message,
            alternatives: BuiltInCheckRules.info(ruleID)?.alternatives ?? [],
            location: location, endLocation: file.location(of: range.upperBound), start: range.lowerBound, end: range.upperBound,
            text: file.text(range), lineText: lineText(at: location.line, in: file), category: "check", voice: nil,
            speakerName: nil)
    }

    /// A finding about the whole article, placed where its text starts; its baseline key has no
    /// line text, so it stays baselined whatever is edited.
    private func articleFinding(_ ruleID: String, severity: Severity, message: String, at offset: Int, in file: SourceText)
        -> CheckFinding
    {
        let location = file.location(of: offset)
        return CheckFinding(
            ruleID: ruleID, severity: severity, message: message,
            alternatives: BuiltInCheckRules.info(ruleID)?.alternatives ?? [],
            location: location, endLocation: location, start: offset, end: offset, text: "", lineText: "", category: "check",
            voice: nil, speakerName: nil)
    }

    /// File offset of the first prose character.
    private func firstProseOffset(_ prose: SourceText) -> Int {
        let first = prose.bytes.firstIndex { !InputDecoder.isASCIIWhitespace($0) } ?? 0
        return prose.origin?.fileOffset(of: first) ?? first
    }

    private func lineText(at line: Int, in file: SourceText) -> String {
        file.text(ByteScanning.trimmed(file.lineRange(line), in: file.bytes))
    }
}
