import Algorithms
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
    /// `patterns[i]` are the scan indices of `actors[i]`'s patterns.
    static func find(in document: Document, actors: [CompiledLexicon.CompiledActor], patterns: [[Int]], scan: PatternScan)
        -> [ActorMention]
    {
        // The actor's index, not a copy of it: a compiled actor holds its name, side and patterns.
        var candidates: [(range: Range<Int>, actor: Int)] = []
        for (actor, indices) in patterns.enumerated() where actor < actors.count {
            for index in indices {
                for range in scan.matches[index] { candidates.append((range, actor)) }
            }
        }
        candidates.sort { ($0.range.lowerBound, -$0.range.upperBound) < ($1.range.lowerBound, -$1.range.upperBound) }
        var mentions: [ActorMention] = []
        // The end of the last mention taken, kept or not: one in a dropped line still wins its overlaps.
        var lastEnd = Int.min
        for candidate in candidates {
            if candidate.range.lowerBound < lastEnd { continue }
            lastEnd = candidate.range.upperBound
            guard document.isKept(candidate.range.lowerBound) else { continue }
            mentions.append(
                ActorMention(
                    start: candidate.range.lowerBound, end: candidate.range.upperBound,
                    sideID: actors[candidate.actor].side.id, actorName: actors[candidate.actor].actor.name,
                    kind: actors[candidate.actor].actor.kind))
        }
        return mentions
    }
}

/// Actor mentions sorted by position (they never overlap), searched by binary search so that
/// long articles stay linear.
struct ActorMentionIndex {
    let mentions: [ActorMention]

    /// How far back "the group" or "its" may look for its actor, in mentions.
    static let lookBehindLimit = 200

    /// Index of the first mention starting at or after `offset`.
    func firstIndex(startingAtOrAfter offset: Int) -> Int {
        mentions.withUnsafeBufferPointer { mentions in
            // Both halves' next states computed and one selected: no branch to mispredict.
            var first = 0
            var count = mentions.count
            while count > 0 {
                let half = count / 2
                let goRight = mentions[first + half].start < offset
                first = goRight ? first + half + 1 : first
                count = goRight ? count - half - 1 : half
            }
            return first
        }
    }

    /// The first mention starting inside `range` (`starting(in:).first` with one search).
    func first(startingIn range: Range<Int>) -> ActorMention? {
        let index = firstIndex(startingAtOrAfter: range.lowerBound)
        return index < mentions.count && mentions[index].start < range.upperBound ? mentions[index] : nil
    }

    /// Mentions that start inside `range`.
    func starting(in range: Range<Int>) -> ArraySlice<ActorMention> {
        mentions[firstIndex(startingAtOrAfter: range.lowerBound)..<firstIndex(startingAtOrAfter: range.upperBound)]
    }

    /// The nearest mention ending at or before `offset` that satisfies `predicate`.
    func last(endingBefore offset: Int, where predicate: (ActorMention) -> Bool = { _ in true }) -> ActorMention? {
        var index = firstIndex(startingAtOrAfter: offset) - 1
        let stop = max(-1, index - ActorMentionIndex.lookBehindLimit)
        while index > stop {
            if mentions[index].end <= offset && predicate(mentions[index]) { return mentions[index] }
            index -= 1
        }
        return nil
    }

    /// The mention that `offset` falls inside, if any (mentions do not overlap).
    func containing(_ offset: Int) -> ActorMention? {
        let index = firstIndex(startingAtOrAfter: offset + 1) - 1
        return index >= 0 && mentions[index].range.contains(offset) ? mentions[index] : nil
    }

    /// The first mention starting at or after `offset`.
    func first(startingAtOrAfter offset: Int) -> ActorMention? {
        let index = firstIndex(startingAtOrAfter: offset)
        return index < mentions.count ? mentions[index] : nil
    }
}
