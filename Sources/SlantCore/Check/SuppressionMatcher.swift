/// Applies a file's suppression directives to its findings, and reports directives that
/// suppressed nothing, have no reason, or are not directives at all.
struct SuppressionMatcher {
    let directives: [SuppressionDirective]
    let configuration: CheckConfiguration
    /// Every rule id that exists, to tell "suppresses nothing" from "no such rule".
    let knownRuleIDs: [String]

    struct Outcome {
        var kept: [CheckFinding] = []
        var suppressed: [SuppressedFinding] = []
        /// Findings about the directives themselves.
        var directiveFindings: [CheckFinding] = []
    }

    /// `makeFinding(ruleID, severity, message, directive)` places a finding at a directive.
    func apply(
        to findings: [CheckFinding], makeFinding: (String, Severity, String, SuppressionDirective) -> CheckFinding
    ) -> Outcome {
        let disabling = directives.filter { $0.kind != .enable }
        var used = Array(repeating: Set<String>(), count: disabling.count)  // rule ids each directive suppressed
        var outcome = Outcome()
        for finding in findings {
            let index = disabling.indices.first { covers(disabling[$0], finding) }
            guard let index else {
                outcome.kept.append(finding)
                continue
            }
            used[index].insert(finding.ruleID)
            outcome.suppressed.append(SuppressedFinding(finding: finding, kind: .inSource, reason: disabling[index].reason))
        }
        for (index, directive) in disabling.enumerated() {
            if configuration.requireSuppressionReason, directive.reason == nil,
                let severity = configuration.severity(forBuiltIn: BuiltInCheckRules.suppressionWithoutReason)
            {
                outcome.directiveFindings.append(
                    makeFinding(
                        BuiltInCheckRules.suppressionWithoutReason, severity,
                        "'\(directive.written)' gives no reason; add \"-- why this wording stands\"", directive))
            }
            guard let severity = configuration.severity(forBuiltIn: BuiltInCheckRules.unusedSuppression) else { continue }
            let unused =
                directive.ruleIDs.isEmpty
                ? (used[index].isEmpty ? [""] : []) : directive.ruleIDs.filter { !used[index].contains($0) }
            for ruleID in unused {
                outcome.directiveFindings.append(
                    makeFinding(
                        BuiltInCheckRules.unusedSuppression, severity, unusedMessage(directive, ruleID: ruleID), directive))
            }
        }
        return outcome
    }

    private func unusedMessage(_ directive: SuppressionDirective, ruleID: String) -> String {
        let scope =
            switch directive.kind {
            case .disableNextLine: "on the next line"
            case .disableLine: "on its line"
            case .disable, .enable: "before the next slant-enable"
            }
        guard !ruleID.isEmpty else { return "'\(directive.written)' suppresses nothing: no finding \(scope)" }
        var message = "'\(directive.written)' suppresses nothing: no '\(ruleID)' finding \(scope)"
        if !knownRuleIDs.contains(ruleID) {
            message += "; there is no rule '\(ruleID)'"
            if let suggestion = ClosestMatch.find(ruleID, among: knownRuleIDs) { message += " (did you mean '\(suggestion)'?)" }
        } else if configuration.isDisabled(ruleID) {
            message += "; the rule is disabled in the configuration"
        }
        return message
    }

    private func covers(_ directive: SuppressionDirective, _ finding: CheckFinding) -> Bool {
        guard directive.ruleIDs.isEmpty || directive.ruleIDs.contains(finding.ruleID) else { return false }
        let line = finding.location.line
        switch directive.kind {
        case .disableNextLine:
            return line == directive.end.line + 1
        case .disableLine:
            return line >= directive.start.line && line <= directive.end.line
        case .disable:
            guard finding.location >= directive.end else { return false }
            if let enable = enablingDirective(after: directive, for: finding.ruleID) { return finding.location < enable.start }
            return true
        case .enable:
            return false
        }
    }

    /// The first `slant-enable` after `directive` that re-enables `ruleID`.
    private func enablingDirective(after directive: SuppressionDirective, for ruleID: String) -> SuppressionDirective? {
        directives.first { other in
            other.kind == .enable && other.start >= directive.end && (other.ruleIDs.isEmpty || other.ruleIDs.contains(ruleID))
        }
    }
}
