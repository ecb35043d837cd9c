/// Computes `SameEvents` from the corpus statistics: groups the candidates (by the event field,
/// or by `EventGrouping`), keeps the events reported by two or more outlets, and gives each of
/// their articles its key measures over its own counts, found in its outlet's statistics.
enum SameEventsBuilder {
    static func build(
        _ statistics: CorpusStatistics, events: EventStatistics, measures all: [MeasureDefinition], slugs: OutletSlugTable
    ) -> SameEvents {
        let layout = statistics.layout
        let keyMeasures = keyMeasureIDs(layout)
        let measures = all.filter { keyMeasures.contains($0.id) }
        let readFields = Set(measures.flatMap(\.formula.fields))
        var entries: [(outlet: String, candidate: EventCandidate)] = []
        for outlet in events.candidates.keys.sorted() {
            for candidate in events.candidates[outlet]! { entries.append((outlet, candidate)) }
        }
        entries.sort { lhs, rhs in
            if EventCandidate.precedes(lhs.candidate, rhs.candidate) { return true }
            if EventCandidate.precedes(rhs.candidate, lhs.candidate) { return false }
            return Array(lhs.outlet.utf8).lexicographicallyPrecedes(Array(rhs.outlet.utf8))
        }
        let candidates = entries.map(\.candidate)
        let similarity = EventSimilarity(events.settings.field == nil ? candidates : [])
        let groups: [[Int]]
        if events.settings.field != nil {
            var byName: [String: [Int]] = [:]
            for (position, candidate) in candidates.enumerated() { byName[candidate.event!, default: []].append(position) }
            groups = byName.values.filter { $0.count >= 2 }.sorted { $0[0] < $1[0] }
        } else {
            groups = EventGrouping.groups(candidates, similarity: similarity, window: events.settings.window)
        }
        func outletCount(_ group: [Int]) -> Int { Set(group.map { entries[$0].outlet }).count }
        let multi = groups.filter { outletCount($0) >= 2 }.sorted { lhs, rhs in
            let (left, right) = (outletCount(lhs), outletCount(rhs))
            if left != right { return left > right }
            if lhs.count != rhs.count { return lhs.count > rhs.count }
            return lhs[0] < rhs[0]
        }
        var rows = EventArticleRows(statistics)
        let shown = multi.prefix(EventSettings.shownEvents).enumerated().map { index, group in
            let articles = group.sorted { a, b in
                let (x, y) = (entries[a], entries[b])
                if x.candidate.day != y.candidate.day { return (x.candidate.day ?? Int32.min) < (y.candidate.day ?? Int32.min) }
                if x.outlet != y.outlet { return Array(x.outlet.utf8).lexicographicallyPrecedes(Array(y.outlet.utf8)) }
                return a < b
            }.map { position in
                let (outlet, candidate) = entries[position]
                let counts = rows.counts(of: candidate.key, outlet: outlet)
                return SameEvents.Article(
                    outlet: outlet, slug: slugs[outlet] ?? OutletSlug.make(outlet), id: candidate.id, title: candidate.title,
                    date: candidate.day.map(EventDay.label), words: counts[layout.index(of: "words")!],
                    counts: Dictionary(uniqueKeysWithValues: readFields.map { (layout.fields[$0], counts[$0]) }),
                    figures: measures.map {
                        SameEvents.ArticleFigure(measure: $0.id, value: $0.formula.evaluate(counts).map(Rounding.value))
                    })
            }
            let days = group.compactMap { candidates[$0].day }
            return SameEvents.Event(
                number: index + 1, name: candidates[group[0]].event, firstDate: days.min().map(EventDay.label),
                lastDate: days.max().map(EventDay.label), outlets: outletCount(group),
                sharedKeys: sharedKeys(group.map { candidates[$0] }, similarity: similarity, vocabulary: events.vocabulary),
                articles: articles)
        }
        return SameEvents(
            method: events.settings.field == nil ? "date and shared names" : "event field", eventField: events.settings.field,
            window: events.settings.window, measures: measures.map(\.id), groupable: candidates.count,
            ungroupable: events.ungrouped.values.reduce(0, +), multiOutletEvents: multi.count,
            articlesInMultiOutletEvents: multi.reduce(0) { $0 + $1.count },
            singleOutletEvents: groups.count - multi.count, events: Array(shown),
            leftOff: multi.count - shown.count)
    }

    /// The measures an event's table gives per article: loaded terms in the outlet's own voice,
    /// and for each party its share of the attributed words, its neutral reporting verbs and its
    /// dead reported without an agent.
    static func keyMeasureIDs(_ layout: FigureLayout) -> Set<String> {
        let parties = layout.parties.map(\.id)
        return Set(
            ["loaded-editorial"] + parties.flatMap { ["voice-share-\($0)", "verb-neutrality-\($0)", "agentless-rate-\($0)"] })
    }

    /// Keys held by at least two of the event's articles: most held first, then the rarer in
    /// the corpus, then by text; at most six.
    static func sharedKeys(_ members: [EventCandidate], similarity: EventSimilarity, vocabulary: [UInt64: String]) -> [String] {
        var held: [UInt64: Int] = [:]
        for member in members {
            for key in member.keys { held[key, default: 0] += 1 }
        }
        let text = { (key: UInt64) in vocabulary[key] ?? ArticleKey.hex(key) }
        return held.filter { $0.value >= 2 }.keys.sorted { a, b in
            if held[a]! != held[b]! { return held[a]! > held[b]! }
            let (x, y) = (similarity.frequency[a] ?? 0, similarity.frequency[b] ?? 0)
            if x != y { return x < y }
            return Array(text(a).utf8).lexicographicallyPrecedes(Array(text(b).utf8))
        }.prefix(6).map(text)
    }
}
