import Foundation

/// How alike two articles' keys are: a weighted Jaccard index,
///
///     sim(a, b) = Σ w(k) over keys both hold / Σ w(k) over keys either holds,
///
/// with w(k) = ln((N + 1) / df(k)), N the articles compared and df(k) those holding k (an
/// inverse document frequency: on the example corpus "israel", a key of 221 of the 343
/// articles, weighs 0.44 and "synagogue", of 3, 4.74). A key only one article holds weighs
/// 0: it is evidence of no event, and would otherwise make an article with a long byline or
/// photo credit look unlike every other. Pairs sharing fewer than `EventSettings.minimumSharedKeys` keys are 0.
/// The weights depend only on the set of articles, so a merge of parts computes the same.
struct EventSimilarity {
    /// Each candidate's keys (ascending) with their weights.
    let keys: [[UInt64]]
    let weights: [[Double]]

    init(_ candidates: [EventCandidate]) {
        var frequency: [UInt64: Int] = [:]
        for candidate in candidates {
            for key in candidate.keys { frequency[key, default: 0] += 1 }
        }
        self.frequency = frequency
        let total = Double(candidates.count + 1)
        keys = candidates.map(\.keys)
        weights = candidates.map { candidate in
            candidate.keys.map { key in
                let count = frequency[key]!
                return count < 2 ? 0 : log(total / Double(count))
            }
        }
    }

    /// Articles holding each key.
    let frequency: [UInt64: Int]

    func similarity(_ a: Int, _ b: Int) -> Double {
        let (left, right) = (keys[a], keys[b])
        var (i, j) = (0, 0)
        var shared = 0
        var sharedWeight = 0.0
        var unionWeight = 0.0
        while i < left.count && j < right.count {
            if left[i] == right[j] {
                shared += 1
                sharedWeight += weights[a][i]
                unionWeight += weights[a][i]
                i += 1
                j += 1
            } else if left[i] < right[j] {
                unionWeight += weights[a][i]
                i += 1
            } else {
                unionWeight += weights[b][j]
                j += 1
            }
        }
        while i < left.count {
            unionWeight += weights[a][i]
            i += 1
        }
        while j < right.count {
            unionWeight += weights[b][j]
            j += 1
        }
        guard shared >= EventSettings.minimumSharedKeys, unionWeight > 0 else { return 0 }
        return sharedWeight / unionWeight
    }
}
