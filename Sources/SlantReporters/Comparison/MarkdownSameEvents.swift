import SlantBatch

/// The Markdown report's "Same event, side by side" section (`--events`): for each event
/// reported by two or more outlets, one row per article with its headline and its key
/// measures over that article alone, each cell linking to the outlet's evidence file.
struct MarkdownSameEvents {
    let comparison: Comparison
    let context: ComparisonContext

    static let heading = "Same event, side by side"
    static let anchor = "same-event-side-by-side"

    var rendered: String {
        guard let events = comparison.events else { return "" }
        let definitions = Dictionary(uniqueKeysWithValues: comparison.measures.map { ($0.id, $0) })
        let measures = events.measures.compactMap { definitions[$0] }
        var text = """
            ## \(Self.heading)

            \(methodParagraph(events))

            """
        if events.events.isEmpty { return text + "\nNo event was reported by two or more outlets.\n" }
        for event in events.events {
            var table = MarkdownTable([groupLabel, "Date", "Headline", "Words"] + measures.map { MarkdownText.escape($0.title) })
            for article in event.articles {
                let cells = zip(measures, article.figures).map { measure, figure in
                    evidenceLink(cell(figure, measure, counts: article.counts), slug: article.slug)
                }
                table.add(
                    [
                        evidenceLink(MarkdownText.escape(article.outlet), slug: article.slug) + " "
                            + MarkdownText.code(article.id),
                        article.date ?? "", MarkdownText.escape(article.title ?? ""), FigureFormat.grouped(article.words),
                    ] + cells)
            }
            text += "\n### \(event.number). \(MarkdownText.escape(title(event)))\n\n\(table.rendered)"
        }
        return text
    }

    var groupLabel: String {
        comparison.method.groupField == "outlet" ? "Outlet" : MarkdownText.code(comparison.method.groupField)
    }

    /// "2014-08-05 to 2014-08-06: cease-fire, troops, gaza (3 outlets, 4 articles)".
    func title(_ event: SameEvents.Event) -> String {
        var dates = event.firstDate ?? "undated"
        if let last = event.lastDate, last != event.firstDate { dates += " to " + last }
        let label = event.name.map { "\"\($0)\", " + dates } ?? dates + ": " + event.sharedKeys.joined(separator: ", ")
        return label + " (\(event.outlets) outlets, \(event.articles.count) articles)"
    }

    /// "45.0% (120 / 267)": the value and the counts it divides.
    func cell(_ figure: SameEvents.ArticleFigure, _ measure: MeasureDescription, counts: [String: Int64]) -> String {
        let sums = measure.inputs.map { FigureFormat.grouped(counts[$0] ?? 0) }.joined(separator: " / ")
        guard let value = figure.value else { return "n/a (\(sums))" }
        return FigureFormat.value(value, measure.unit) + " (\(sums))"
    }

    func evidenceLink(_ text: String, slug: String) -> String {
        guard let folder = context.evidenceFolder else { return text }
        return "[\(text)](\(folder)/\(slug).\(context.evidenceExtension))"
    }

    /// ", the 25 with most outlets are shown and 13 left off", or nothing when all are shown.
    func shown(_ events: SameEvents) -> String {
        guard events.leftOff > 0 else { return "" }
        return ", the \(events.events.count) with most outlets are shown (at most \(EventSettings.shownEvents)) and "
            + "\(events.leftOff) left off"
    }

    func methodParagraph(_ events: SameEvents) -> String {
        let grouping: String
        if let field = events.eventField {
            grouping =
                "The record field \(MarkdownText.code(field)) names each article's event (`--event-field`); articles "
                + "without a value in it are not grouped."
        } else {
            let days = events.window == 1 ? "day" : "days"
            grouping = """
                Articles are one event when their dates differ by at most \(events.window) \(days) (`--event-window`) and \
                they share enough of their keys: the words of the headline and the capitalised words (names) of the \
                first \(EventSettings.leadWords) words of the text, each weighted by how rare it is in the corpus \
                (similarity: weighted Jaccard over inverse document frequencies, at least \
                \(EventSettings.linkThreshold) with \(EventSettings.minimumSharedKeys) keys or more in common; groups \
                merge while all their dates lie within the window and the mean similarity of their articles' pairs is \
                at least \(EventSettings.groupThreshold)). Articles without a full date \
                (YYYY-MM-DD) are not grouped. Each event's heading names the keys most of its articles share.
                """
        }
        let plural = events.multiOutletEvents == 1 ? "event was" : "events were"
        return """
            \(grouping) \(FigureFormat.grouped(Int64(events.groupable))) of the measured articles could be grouped and \
            \(FigureFormat.grouped(Int64(events.ungroupable))) could not; \(events.multiOutletEvents) \(plural) \
            reported by two or more outlets (\(events.articlesInMultiOutletEvents) articles)\(shown(events)). Each row is one \
            article: its figures are computed over that article alone, with the counts behind each in brackets, and link \
            to its outlet's evidence file, where the article is the line with its id. One article's figure rests on few \
            events: it says what that article did, not what its outlet does.
            """
    }
}
