/// Loaded language by voice and by the side it describes (formula 3: LTD = editorial hits
/// / words x 1000).
public struct LoadedLanguageTally: Sendable, Codable, Hashable {
    public let editorial: Int
    public let attributed: Int
    public let quoted: Int
    public let editorialPerThousandWords: Double
    public let bySide: [SideVoiceCount]

    /// Categories that count as loaded language: the outlet's word choices.
    public static func isLoaded(_ finding: Finding) -> Bool {
        switch finding.category {
        case .loadedTerm, .intensifier, .prescriptive: true
        // A contested label ("militants": AP's standard, no longer the BBC's default) is shown,
        // not counted: style guides disagree on it, so it is no evidence of loaded language.
        case .label: finding.polarity != .neutral && finding.polarity != .contested
        case .reportingVerb, .hedge, .casualty, .caveat, .causal, .individuation: false
        }
    }

    /// Hits by voice.
    private struct VoiceCounts {
        var editorial = 0
        var attributed = 0
        var quoted = 0

        mutating func add(_ voice: Voice) {
            switch voice {
            case .editorial: editorial += 1
            case .attributed: attributed += 1
            case .quoted: quoted += 1
            }
        }
    }

    static func compute(findings: [Finding], words: Int, sideIDs: [String]) -> LoadedLanguageTally {
        // One pass, counting in place: filtering or binding would copy every finding (and retain
        // its strings), and a dictionary per side hashed every voice.
        let groups = sideIDs + [unassignedSideID]
        var total = VoiceCounts()
        var bySide = [VoiceCounts](repeating: VoiceCounts(), count: groups.count)
        for index in findings.indices where isLoaded(findings[index]) {
            let voice = findings[index].voice
            total.add(voice)
            let side = findings[index].describedSideID ?? unassignedSideID
            for group in groups.indices where groups[group] == side { bySide[group].add(voice) }
        }
        return LoadedLanguageTally(
            editorial: total.editorial, attributed: total.attributed, quoted: total.quoted,
            editorialPerThousandWords: words > 0 ? Double(total.editorial) * 1000 / Double(words) : 0,
            bySide: zip(groups, bySide).map { id, counts in
                SideVoiceCount(sideID: id, editorial: counts.editorial, attributed: counts.attributed, quoted: counts.quoted)
            })
    }
}

public struct SideVoiceCount: Sendable, Codable, Hashable {
    public let sideID: String
    public let editorial: Int
    public let attributed: Int
    public let quoted: Int
}

/// Labels used for each side's actors (Hamborg's "bias by word choice and labeling"): the
/// asymmetry is a pejorative label for one party in the outlet's own voice while the other
/// party gets none.
public struct LabelAsymmetry: Sendable, Codable, Hashable {
    public struct LabelUse: Sendable, Codable, Hashable {
        public let text: String
        public let polarity: LabelPolarity
        public let voice: Voice
        public let location: SourceLocation
    }

    public struct SideLabels: Sendable, Codable, Hashable {
        public let sideID: String
        public let labels: [LabelUse]
    }

    public let bySide: [SideLabels]
    public let asymmetric: Bool
    public let explanation: String

    static func compute(findings: [Finding], parties: [Side]) -> LabelAsymmetry {
        let labels = findings.indices.filter { findings[$0].category == .label && findings[$0].polarity != nil }
        let bySide = parties.map { side in
            SideLabels(
                sideID: side.id,
                labels: labels.filter { findings[$0].describedSideID == side.id }.map {
                    LabelUse(
                        text: findings[$0].span.text, polarity: findings[$0].polarity!, voice: findings[$0].voice,
                        location: findings[$0].span.location)
                })
        }
        func editorialPejorative(_ side: SideLabels) -> [LabelUse] {
            side.labels.filter { $0.voice == .editorial && $0.polarity == .pejorative }
        }
        for side in bySide where !editorialPejorative(side).isEmpty {
            let others = bySide.filter { $0.sideID != side.sideID }
            if let other = others.first(where: { editorialPejorative($0).isEmpty }) {
                let used = editorialPejorative(side).map { "\"\($0.text)\" (\($0.location))" }.joined(separator: ", ")
                let otherLabels = other.labels.filter { $0.voice == .editorial }.map { "\"\($0.text)\"" }
                let contrast = otherLabels.isEmpty ? "no label in editorial voice" : "only " + otherLabels.joined(separator: ", ")
                let name = parties.first { $0.id == side.sideID }?.name ?? side.sideID
                let otherName = parties.first { $0.id == other.sideID }?.name ?? other.sideID
                return LabelAsymmetry(
                    bySide: bySide, asymmetric: true,
                    explanation: "\(name) is labelled \(used) in the outlet's own voice; \(otherName) gets \(contrast).")
            }
        }
        return LabelAsymmetry(
            bySide: bySide, asymmetric: false,
            explanation: "No party gets a pejorative label in editorial voice that the other does not.")
    }
}
