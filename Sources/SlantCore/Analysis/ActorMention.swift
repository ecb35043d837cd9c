import PCRE2

/// A place where the text names an actor of a side ("Israeli", "Hamas", "the United Nations").
public struct ActorMention: Sendable, Codable, Hashable {
    public let start: Int
    public let end: Int
    public let sideID: String
    public let actorName: String
    public let kind: ActorKind

    public var range: Range<Int> { start..<end }
}

/// Finds actor mentions with the side pack; where two overlap, the longer wins
/// ("Israeli military" over "Israeli").
enum ActorFinder {
    static func find(in document: Document, actors: [CompiledLexicon.CompiledActor], scratch: MatchScratch) -> [ActorMention] {
        var candidates: [(range: Range<Int>, actor: CompiledLexicon.CompiledActor)] = []
        for actor in actors {
            for pattern in actor.patterns {
                try? pattern.forEachMatch(in: document.source.utf8, scratch: scratch) { match in
                    candidates.append((match, actor))
                    return true
                }
            }
        }
        candidates.sort { ($0.range.lowerBound, -$0.range.upperBound) < ($1.range.lowerBound, -$1.range.upperBound) }
        var mentions: [ActorMention] = []
        for candidate in candidates {
            if let last = mentions.last, candidate.range.lowerBound < last.end { continue }
            mentions.append(
                ActorMention(
                    start: candidate.range.lowerBound, end: candidate.range.upperBound, sideID: candidate.actor.side.id,
                    actorName: candidate.actor.actor.name, kind: candidate.actor.actor.kind))
        }
        return mentions.filter { document.isKept($0.start) }
    }
}
