/// Groups articles into events by date and shared keys (without `--event-field`):
///
/// 1. Every pair of articles whose days differ by at most the window and whose similarity
///    (`EventSimilarity`) reaches `EventSettings.linkThreshold` is a link.
/// 2. Links are taken strongest first (ties by the articles' canonical positions); a link
///    between two groups merges them when the merged group still spans at most the window
///    (its first and last day) and the mean similarity over all pairs across the two groups
///    reaches `EventSettings.groupThreshold` (average linkage), so that one article linked to
///    two stories of a day does not chain them into one event.
///
/// The articles come in canonical order (`EventCandidate.precedes`) and every step depends
/// only on them, so the groups are the same for any thread count, input order or split.
/// Only pairs within the window are compared: with n dated articles a day, about
/// n² × (window + ½) comparisons a day.
enum EventGrouping {
    /// Groups of at least two articles, as positions in `candidates`: ascending within a
    /// group, groups by their first position.
    static func groups(_ candidates: [EventCandidate], similarity: EventSimilarity, window: Int) -> [[Int]] {
        let days = candidates.map { Int($0.day!) }
        var links: [(similarity: Double, first: Int, second: Int)] = []
        for first in candidates.indices {
            var second = first + 1
            while second < candidates.count && days[second] - days[first] <= window {
                let value = similarity.similarity(first, second)
                if value >= EventSettings.linkThreshold { links.append((value, first, second)) }
                second += 1
            }
        }
        links.sort { ($0.similarity, $1.first, $1.second) > ($1.similarity, $0.first, $0.second) }
        var groupOf = Array(candidates.indices)
        var members = candidates.indices.map { [$0] }
        for link in links {
            let (a, b) = (groupOf[link.first], groupOf[link.second])
            guard a != b else { continue }
            let merged = members[a] + members[b]
            let span = merged.map { days[$0] }
            guard span.max()! - span.min()! <= window else { continue }
            var total = 0.0
            for x in members[a] {
                for y in members[b] { total += similarity.similarity(x, y) }
            }
            guard total / Double(members[a].count * members[b].count) >= EventSettings.groupThreshold else { continue }
            // The group keeps the smaller position's name, so its name never depends on link order.
            let (kept, absorbed) = a < b ? (a, b) : (b, a)
            members[kept] = merged.sorted()
            members[absorbed] = []
            for member in members[kept] { groupOf[member] = kept }
        }
        return members.filter { $0.count >= 2 }
    }
}
