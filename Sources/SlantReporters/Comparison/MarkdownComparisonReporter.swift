import SlantBatch

/// The comparison for people: what was measured and how, every outlet with its evidence link,
/// a ranking table (and for the key measures a chart) per measure, the most characteristic
/// terms, and the accounting of records at the end.
public struct MarkdownComparisonReporter: ComparisonReporter {
    public static let identifier = "markdown"
    public static let fileExtension = "md"

    public init() {}

    public func render(_ comparison: Comparison, context: ComparisonContext) -> String {
        var text = ""
        try? write(comparison, context: context) { text += $0 }
        return text
    }

    /// The sections in order, each made when its turn comes, with a blank line between two; the
    /// off-topic section a row at a time.
    public func write(_ comparison: Comparison, context: ComparisonContext, to output: (String) throws -> Void) throws {
        let writer = Writer(comparison: comparison, context: context)
        var first = true
        func section(_ text: String) throws {
            guard !text.isEmpty else { return }
            try output(first ? text : "\n" + text)
            first = false
        }
        try section(writer.summarySection())
        try section(writer.methodSection())
        try section(writer.outletsSection())
        try section(writer.rankingsSection())
        try section(writer.termsSection())
        try section(writer.wireCopySection())
        try section(MarkdownSameEvents(comparison: comparison, context: context).rendered)
        try section(writer.trendsSection())
        try section(writer.offTopicSectionHead())
        try writer.writeOffTopicLists(to: output)
        try section(writer.accountingSection())
    }
}

private struct Writer {
    let comparison: Comparison
    let context: ComparisonContext

    var method: ComparisonMethod { comparison.method }
    var ranked: [OutletFigures] { comparison.outlets.filter(\.ranked) }
    /// Column heading for the groups: "Outlet", or the field they were grouped by (`--by`).
    var groupLabel: String { method.groupField == "outlet" ? "Outlet" : MarkdownText.code(method.groupField) }
    /// How many off-topic articles (`--min-relevance`) each outlet has.
    var offTopic: [String: Int] { comparison.accounting.offTopic.countsByGroup }
    var unit: [String: MeasureUnit] { Dictionary(uniqueKeysWithValues: comparison.measures.map { ($0.id, $0.unit) }) }

    func outletName(_ name: String, slug: String) -> String {
        guard let folder = context.evidenceFolder else { return MarkdownText.escape(name) }
        return MarkdownText.link(name, to: "\(folder)/\(slug).\(context.evidenceExtension)")
    }

    func summarySection() -> String {
        let accounting = comparison.accounting
        let inputs = context.inputs.map(MarkdownText.code).joined(separator: ", ")
        let outlets = comparison.outlets.count
        return """
            # Outlet comparison

            \(FigureFormat.grouped(Int64(accounting.read))) records read from \(inputs): \
            \(FigureFormat.grouped(Int64(accounting.audited))) audited, \(accounting.skipped) skipped \
            ([accounting](#accounting)), of which \(comparison.accounting.offTopic.count) \
            [off topic](#off-topic-articles) (relevance below \(RelevanceFormat.value(method.minimumRelevance))). \(outlets) \(outlets == 1 ? "outlet" : "outlets") (grouped by the field \
            \(MarkdownText.code(method.groupField))); the \(ranked.count) with at least \(method.minimumArticles) articles are ranked, \
            the others are listed with their figures but not ranked. Every figure is computed over all of an outlet's \
            articles and comes with a \(Int(method.confidence * 100))% bootstrap interval, written [low, high].

            - [Method and definitions](#method-and-definitions)
            - [Outlets](#outlets)
            - [Rankings](#rankings)
            - [Most characteristic terms](#most-characteristic-terms)
            - [Wire copy](#wire-copy)
            \(comparison.events == nil ? "" : "- [\(MarkdownSameEvents.heading)](#\(MarkdownSameEvents.anchor))\n")\
            \(comparison.trends == nil ? "" : "- [Over time](#over-time)\n")- [Off-topic articles](#off-topic-articles)
            - [Accounting](#accounting)

            """
    }

    func methodSection() -> String {
        var table = MarkdownTable("Measure", "Formula", "How to read it")
        for measure in comparison.measures {
            table.add("[\(MarkdownText.escape(measure.title))](#\(measure.id))", measure.formula, measure.reading)
        }
        let packs = method.lexicons.map { "\($0.name) \($0.version)" }.joined(separator: ", ")
        return """
            ## Method and definitions

            - **Topic relevance.** An article's relevance is \(method.relevance). Articles below \
            \(RelevanceFormat.value(method.minimumRelevance)) (`--min-relevance`) are off topic: left out of every figure, \
            counted in the accounting under their own reason and [listed by outlet](#off-topic-articles).
            \(aliasesSentence())\(opinionSentence())- **Boilerplate.** Before an article is audited, whole lines of web debris (the debris lexicon: adverts, \
            sharing bars, newsletter prompts, copyright and caption lines) are dropped, and so are lines the article \
            repeats: every copy after the first, and a short line (up to 200 bytes: a caption, a credit, a speaker \
            label) entirely. The Outlets table counts both; each dropped line is listed in the article's evidence.\
            \(knownBoilerplateSentence())
            - **Unit.** Each article is audited on its own (the same engine as `slant audit`: voice, attribution, \
            side resolution, casualty clauses). An outlet's figure is a ratio of sums over its articles (Σ runs over \
            the outlet's N articles), so longer articles weigh more, as their words do. "All outlets" pools every \
            article.
            - **Intervals.** Poisson bootstrap over articles (Hanley and MacGibbon 2006; Chamandy et al. 2012): in \
            each resample every article counts a Poisson(1)-distributed number of times (0, 1, 2, ...: on average once, \
            as drawing N of N with replacement does), the ratio of sums is recomputed, \
            \(FigureFormat.grouped(Int64(method.resamples))) times (seed \(method.seed), each article's weights seeded \
            from its outlet's name and the article); the interval is the \(percent((1 - method.confidence) / 2)) and \
            \(percent(1 - (1 - method.confidence) / 2)) percentiles, by linear interpolation between order statistics \
            (Hyndman and Fan type 7). The all-outlets interval adds up the outlets' resamples. It shows how much the \
            figure depends on which articles the outlet \
            happened to publish; it cannot correct for what the lexicons miss. With very few articles an interval is \
            narrow for the wrong reason (one article resampled is always itself), which is one reason such outlets \
            are not ranked. † marks an interval from fewer resamples, because the measure was undefined (nothing to \
            divide by) in the others, as in the resamples that drew none of an outlet's few articles (about 37% with \
            one article, 5% with three). An interval [x, x] means no resample differed, as when no article has a \
            single hit: it reflects the absence of events, not certainty.
            - **Ranking.** Outlets with at least \(method.minimumArticles) articles, highest value first; equal values \
            share a rank. A figure resting on fewer than \(method.minimumCount) events (`--min-count`: the ratio's \
            denominator, such as casualty mentions or reporting verbs; thousands of words for a rate per 1,000 words; both \
            counts of the emotive-term ratio; the smaller side of a difference) is shown at the foot of the table, marked \
            ‡, and not ranked. Beside each figure, the three articles adding most to its numerator, linked to their \
            outlet's evidence and named by id. Charts of percentages stop at 100%. "vs all" says **above** or **below** when the whole interval lies on one side of the \
            all-outlets value (never for an interval [x, x]). Overlapping intervals mean two outlets are not shown to \
            differ.
            - **Evidence.** \(evidenceSentence())
            - **Lexicons.** \(packs).

            \(table.rendered)
            **Most characteristic terms**: \(method.characteristicTerms). For term w, outlet i and the other outlets j: \
            δ_w = log((y_iw + α_w) / (n_i + α_0 − y_iw − α_w)) − log((y_jw + α_w) / (n_j + α_0 − y_jw − α_w)), \
            σ²_w ≈ 1/(y_iw + α_w) + 1/(y_jw + α_w), z = δ_w / σ_w; y counts articles using the term, n_i and n_j those counts summed over all terms for i and for j, \
            and α_w = α_0 · y_w / n spreads a prior worth α_0 hits by each term's frequency in all outlets.

            **What this cannot see.** The engine reads the "said / according to" layer of attribution and fixed word \
            lists: it misses claims without a reporting verb, omissions, images, irony and whether a claim is true, and \
            it counts casualty framing per mention, not per death. Outlet figures inherit these limits; the evidence \
            files show every span counted, so a reader can check any number.

            """
    }

    /// The merged name variants, as a bullet of the method, or nothing.
    func aliasesSentence() -> String {
        let aliases = OutletAliases(method.outletAliases)
        guard !aliases.isEmpty else { return "" }
        let merged = aliases.groups.map { group in
            MarkdownText.escape(group.name) + " ← " + group.variants.map(MarkdownText.escape).joined(separator: ", ")
        }
        return "- **Outlet names merged** (`--outlet-aliases`): " + merged.joined(separator: "; ") + ".\n"
    }

    /// How opinion pieces were told apart, as a bullet of the method, or nothing.
    func opinionSentence() -> String {
        guard let opinion = method.opinion else { return "" }
        return """
            - **News and opinion** (`--opinion-field`, `--opinion-url-pattern`): an article is an opinion piece when \
            \(opinion); each outlet's opinion pieces are a group of their own, "<outlet>\(OpinionMarking.groupSuffix)", \
            measured and ranked apart from its news (\(comparison.accounting.opinionPieces) of the audited articles). \
            Every other article is news.

            """
    }

    /// `--boilerplate`: the lines dropped because many of an outlet's articles hold them.
    func knownBoilerplateSentence() -> String {
        guard let table = method.boilerplate else { return "" }
        return """
             Lines found alone in at least \(table.minimumArticles) articles of one outlet are dropped from that outlet's \
            articles too (`--boilerplate`: \(table.lines) lines of \(table.groups) outlets, table digest \
            `\(table.digest.prefix(16))`, made by `--find-boilerplate`), counted as repeated lines.
            """
    }

    func evidenceSentence() -> String {
        guard let folder = context.evidenceFolder else {
            return "Per-article evidence (every finding with its rule, voice, byte offsets and line:column) is written "
                + "by `slant compare --output DIR` into `DIR/articles/<outlet>.jsonl`; this report was written without it."
        }
        return "Each outlet name links to `\(folder)/<outlet>.\(context.evidenceExtension)`: one JSON line per article "
            + "with every finding "
            + "(rule, voice, side, byte offsets, line:column), attribution and casualty mention, and the counts it adds "
            + "to the outlet."
    }

    func percent(_ value: Double) -> String {
        let scaled = (value * 1000).rounded() / 10
        return scaled == scaled.rounded() ? "\(Int(scaled))th" : String(format: "%.1fth", scaled)
    }

    func outletsSection() -> String {
        let headline = comparison.measures.first { $0.id == "loaded-editorial" }
        var headers = [groupLabel, "Articles", "Words", "Words per article"]
        if let headline { headers.append(headline.title) }
        headers += ["Lines dropped: debris / repeated", "Off topic", "Ranked"]
        var table = MarkdownTable(headers)
        let offTopic = offTopic
        for outlet in [comparison.allOutlets] + comparison.outlets {
            let isAll = outlet == comparison.allOutlets
            var row = [
                isAll ? "**All outlets**" : outletName(outlet.name, slug: outlet.slug),
                FigureFormat.grouped(Int64(outlet.articles)),
                FigureFormat.grouped(outlet.words), cell(outlet.figure("words-per-article"), .words),
            ]
            if let headline { row.append(cell(outlet.figure(headline.id), headline.unit)) }
            row.append("\(FigureFormat.grouped(outlet.debrisLines)) / \(FigureFormat.grouped(outlet.repeatedLines))")
            let leftOut = isAll ? comparison.accounting.offTopic.count : offTopic[outlet.name] ?? 0
            row.append(FigureFormat.grouped(Int64(leftOut)))
            row.append(isAll ? "" : outlet.ranked ? "yes" : "no (\(outlet.articles) < \(method.minimumArticles))")
            table.add(row)
        }
        return """
            ## Outlets

            \(table.rendered)
            """
    }

    func cell(_ figure: Figure?, _ unit: MeasureUnit) -> String {
        guard let figure, let value = figure.value else { return "n/a" }
        return FigureFormat.value(value, unit) + " " + FigureFormat.interval(figure.interval, unit, resamples: method.resamples)
    }

    func rankingsSection() -> String {
        var sections = ["## Rankings\n"]
        if ranked.isEmpty {
            sections.append("No outlet has \(method.minimumArticles) or more articles, so none is ranked (`--min-articles`).\n")
        }
        for (index, measure) in comparison.measures.enumerated() {
            let ranking = comparison.rankings[index]
            let all = comparison.allOutlets.figures[index]
            var section = """
                <a id="\(measure.id)"></a>
                ### \(MarkdownText.escape(measure.title))

                **Formula:** \(measure.formula). \(measure.reading) **All outlets:** \(cell(all, measure.unit)).

                """
            if measure.charted && !ranking.entries.isEmpty {
                let bars = MermaidBarChart.selection(ranking.entries).map {
                    (label: $0.outlet, value: FigureFormat.chartValue($0.value, measure.unit))
                }
                let note = ranking.entries.count > MermaidBarChart.limit ? " (top and bottom \(MermaidBarChart.limit / 2))" : ""
                section +=
                    "\n"
                    + MermaidBarChart(
                        title: measure.title + note, axisLabel: FigureFormat.axisLabel(measure.unit), bars: bars,
                        ceiling: FigureFormat.chartCeiling(measure.unit)
                    )
                    .rendered
            }
            if !ranking.entries.isEmpty || !ranking.belowMinimumCount.isEmpty {
                var table = MarkdownTable(
                    "Rank", groupLabel, "Value", "\(Int(method.confidence * 100))% interval", "vs all", "Sums", "Articles",
                    "Articles adding most")
                let articles = Dictionary(uniqueKeysWithValues: comparison.outlets.map { ($0.name, $0) })
                for entry in ranking.entries {
                    let outlet = articles[entry.outlet]!
                    table.add(
                        "\(entry.rank)", outletName(entry.outlet, slug: entry.slug),
                        FigureFormat.value(entry.value, measure.unit),
                        FigureFormat.interval(entry.interval, measure.unit, resamples: method.resamples),
                        entry.versusAll.map { "**\($0)**" } ?? "", FigureFormat.inputs(outlet.figures[index].inputs),
                        "\(outlet.articles)", leaders(outlet.figures[index], slug: outlet.slug))
                }
                for entry in ranking.belowMinimumCount {
                    let outlet = articles[entry.outlet]!
                    table.add(
                        "‡", outletName(entry.outlet, slug: entry.slug), FigureFormat.value(entry.value, measure.unit),
                        FigureFormat.interval(entry.interval, measure.unit, resamples: method.resamples),
                        "too few (\(outlet.figures[index].support) < \(method.minimumCount))",
                        FigureFormat.inputs(outlet.figures[index].inputs), "\(outlet.articles)",
                        leaders(outlet.figures[index], slug: outlet.slug))
                }
                section += "\n" + table.rendered
            }
            if !ranking.notMeasurable.isEmpty {
                section +=
                    "\nNot measurable (nothing to divide by): "
                    + ranking.notMeasurable.map(MarkdownText.escape).joined(separator: ", ") + ".\n"
            }
            sections.append(section)
        }
        return sections.joined(separator: "\n")
    }

    /// The articles adding most to a figure's numerator, each linked to its outlet's evidence
    /// (find it there by its id) with its count.
    func leaders(_ figure: Figure, slug: String) -> String {
        figure.leadingArticles.map { article in
            let title = article.title.map { $0.count > 40 ? String($0.prefix(39)) + "…" : $0 } ?? article.id
            let label = "\(title) (\(article.value))"
            guard let folder = context.evidenceFolder else { return MarkdownText.escape(label) + " `\(article.id)`" }
            return MarkdownText.link(label, to: "\(folder)/\(slug).\(context.evidenceExtension)") + " `\(article.id)`"
        }.joined(separator: "; ")
    }

    func termsSection() -> String {
        var table = MarkdownTable(
            groupLabel, "Loaded-term uses (articles × terms)", "Most characteristic (articles here / in other outlets, z)")
        for outlet in comparison.characteristicTerms {
            let terms = outlet.terms.map {
                "`\($0.rule)` (\($0.count) / \($0.otherCount), z = \(String(format: "%.1f", $0.zScore)))"
            }
            table.add(
                outletName(outlet.outlet, slug: outlet.slug), "\(outlet.hits)",
                terms.isEmpty ? "none stands out" : terms.joined(separator: ", "))
        }
        let body = comparison.characteristicTerms.isEmpty ? "No ranked outlet.\n" : table.rendered
        return """
            ## Most characteristic terms

            Loaded-term rules each ranked outlet uses in its own voice more than the other outlets do, counted once per \
            article (document frequency) and shown when used in at least \(CharacteristicTerms.minimumArticles) of its \
            articles with z ≥ 1.96, at most five (see [method](#method-and-definitions)). Rule ids name the lexicon rule; `slant lexicon list` shows its \
            patterns and rationale.

            \(body)
            """
    }

    /// Each ranked outlet that ran wire copy: its key figures over all its articles and over
    /// its own (the articles without an agency's dateline or credit).
    func wireCopySection() -> String {
        let charted = comparison.measures.enumerated().filter { $0.element.charted }
        var table = MarkdownTable(
            [groupLabel, "Wire copy / articles"] + charted.map { "\(MarkdownText.escape($0.element.title)): all → own" })
        let outlets = Dictionary(uniqueKeysWithValues: comparison.outlets.map { ($0.name, $0) })
        for wire in comparison.wireCopy {
            let all = outlets[wire.outlet]!
            let cells = charted.enumerated().map { position, measure in
                cell(all.figures[measure.offset], measure.element.unit) + " → "
                    + cell(wire.withoutWireCopy[position], measure.element.unit)
            }
            table.add([outletName(wire.outlet, slug: wire.slug), "\(wire.wireArticles) / \(wire.articles)"] + cells)
        }
        let body = comparison.wireCopy.isEmpty ? "No ranked outlet ran wire copy.\n" : table.rendered
        return """
            ## Wire copy

            Articles with an agency's dateline or credit ("(AP)", "(Reuters)", "(AFP)", "contributed to this report", \
            "Contributing: The Associated Press") are wire copy: the agency's framing as much as the outlet's. They are in \
            every figure above; here each ranked outlet that ran any has its key figures over all its articles and over \
            its own articles only, each with its interval. \(nearDuplicateSentence())

            \(body)\(nearDuplicateTable())
            """
    }

    func nearDuplicateSentence() -> String {
        guard let method = method.nearDuplicates else { return "A story rewritten without a credit is not caught." }
        return "So are near duplicates (`--near-duplicates`): \(method)."
    }

    /// `--near-duplicates`: every copy with its presumed original.
    func nearDuplicateTable() -> String {
        guard let nearDuplicates = comparison.nearDuplicates else { return "" }
        guard !nearDuplicates.isEmpty else { return "\nNo article is a near duplicate of another outlet's.\n" }
        let slugs = Dictionary(uniqueKeysWithValues: comparison.outlets.map { ($0.name, $0.slug) })
        var table = MarkdownTable("\(groupLabel) (copy)", "Article", "Near duplicate of", "Article", "Similarity")
        for copy in nearDuplicates {
            table.add(
                outletName(copy.outlet, slug: slugs[copy.outlet] ?? OutletSlug.make(copy.outlet)), MarkdownText.code(copy.id),
                outletName(copy.originalOutlet, slug: slugs[copy.originalOutlet] ?? OutletSlug.make(copy.originalOutlet)),
                MarkdownText.code(copy.originalID), RelevanceFormat.value(copy.similarity))
        }
        return "\n**Near duplicates** (\(nearDuplicates.count), counted as wire copy of the outlet that ran the copy):\n\n"
            + table.rendered
    }

    /// `--by-period`: articles per period, then each key measure per group and period, with a
    /// line chart when the groups are few enough to tell apart.
    func trendsSection() -> String {
        guard let trends = comparison.trends else { return "" }
        var counts = MarkdownTable([groupLabel] + trends.periods + ["Undated"])
        for group in trends.groups {
            let byPeriod = Dictionary(uniqueKeysWithValues: group.cells.map { ($0.period, $0.articles) })
            counts.add(
                [trendName(group)] + trends.periods.map { byPeriod[$0].map(String.init) ?? "" } + ["\(group.undated)"])
        }
        var text = """
            ## Over time

            The key measures per \(trends.granularity) (`--by-period`, from the date field), for all outlets pooled and \
            for each group with at least \(method.minimumArticles) articles. Each cell is the ratio of sums over the \
            period's articles with its \(Int(method.confidence * 100))% bootstrap interval; ‡ marks a figure resting on \
            fewer than \(method.minimumCount) events, n/a one that is undefined, an empty cell a period without articles. \
            Undated articles (no date, or one not written YYYY, YYYY-MM or YYYY-MM-DD) are in every other figure but in no \
            period. Articles per period:

            \(counts.rendered)
            """
        let definitions = Dictionary(uniqueKeysWithValues: comparison.measures.map { ($0.id, $0) })
        for (index, id) in trends.measures.enumerated() {
            guard let measure = definitions[id] else { continue }
            var table = MarkdownTable([groupLabel] + trends.periods)
            var series: [(name: String, values: [Double])] = []
            for group in trends.groups {
                let byPeriod = Dictionary(uniqueKeysWithValues: group.cells.map { ($0.period, $0.figures[index]) })
                table.add([trendName(group)] + trends.periods.map { byPeriod[$0].map { trendCell($0, measure.unit) } ?? "" })
                let values = trends.periods.compactMap { byPeriod[$0]?.value }
                if values.count == trends.periods.count {
                    series.append((group.name, values.map { FigureFormat.chartValue($0, measure.unit) }))
                }
            }
            text += "\n### \(MarkdownText.escape(measure.title)) by \(trends.granularity)\n\n" + table.rendered
            // Mermaid draws no legend: beyond a few lines the chart cannot be read.
            let drawn = trends.groups.count <= Self.chartedGroups ? series : Array(series.prefix(1))
            if !drawn.isEmpty && trends.periods.count > 1 {
                text +=
                    "\n"
                    + MermaidLineChart(
                        title: measure.title, axisLabel: FigureFormat.axisLabel(measure.unit), periods: trends.periods,
                        series: drawn, ceiling: FigureFormat.chartCeiling(measure.unit)
                    )
                    .rendered
            }
        }
        return text
    }

    /// Lines a trend chart draws one per group; with more groups it draws all outlets pooled.
    static let chartedGroups = 5

    func trendName(_ group: PeriodTrends.Group) -> String {
        group.slug.isEmpty ? "**\(MarkdownText.escape(group.name))**" : outletName(group.name, slug: group.slug)
    }

    func trendCell(_ figure: Figure, _ unit: MeasureUnit) -> String {
        guard let value = figure.value else { return "n/a" }
        let marker = figure.support < method.minimumCount ? " ‡" : ""
        return FigureFormat.value(value, unit) + " "
            + FigureFormat.interval(figure.interval, unit, resamples: method.resamples) + marker
    }

    /// The off-topic section's heading, text and counts; its lists follow (`writeOffTopicLists`).
    func offTopicSectionHead() -> String {
        let byOutlet = offTopic
        let text = """
            ## Off-topic articles

            Articles in which fewer than \(RelevanceFormat.value(method.minimumRelevance)) of the sentences name an actor \
            or a place of a party to the conflict (`--min-relevance`): read and audited, but left out of every figure above. \
            Each is named by its id (the `id` field, or `sha256:` and the start of its text's hash) and headline.

            """
        guard !byOutlet.isEmpty else { return text + "None.\n" }
        var counts = MarkdownTable(groupLabel, "Off topic", "On topic")
        let audited = Dictionary(uniqueKeysWithValues: comparison.outlets.map { ($0.name, $0.articles) })
        let names = byOutlet.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        for name in names {
            counts.add(MarkdownText.escape(name), "\(byOutlet[name]!)", "\(audited[name] ?? 0)")
        }
        return text + counts.rendered + "\n"
    }

    /// Each outlet's off-topic articles, a table in a `<details>` block per outlet, written a row
    /// at a time as they are read in canonical order (by outlet, then id).
    func writeOffTopicLists(to output: (String) throws -> Void) throws {
        let header = MarkdownTable("Article id", "Headline", "Relevance").rendered
        var group: String?
        for article in comparison.accounting.offTopic.sorted() {
            if article.group != group {
                if group != nil { try output("\n</details>\n\n") }
                group = article.group
                try output(
                    "<details><summary>\(MarkdownText.escape(article.group)): \(offTopic[article.group] ?? 0)</summary>\n\n"
                        + header)
            }
            var row = MarkdownTable([])
            row.add(
                MarkdownText.code(article.id), MarkdownText.escape(article.title ?? ""),
                "\(RelevanceFormat.value(article.relevance)) (\(article.topicSentences) of \(article.sentences) sentences)")
            try output(row.renderedRows)
        }
        if group != nil { try output("\n</details>\n\n") }
    }

    func accountingSection() -> String {
        let accounting = comparison.accounting
        let check = accounting.balances ? "balances" : "DOES NOT BALANCE"
        var text = """
            ## Accounting

            Records read: **\(FigureFormat.grouped(Int64(accounting.read)))** = audited \
            **\(FigureFormat.grouped(Int64(accounting.audited)))** + skipped **\(FigureFormat.grouped(Int64(accounting.skipped)))** \
            (\(check)).

            """
        if method.opinion != nil {
            text +=
                "Of the audited, **\(FigureFormat.grouped(Int64(accounting.opinionPieces)))** are opinion pieces, measured in their outlets' opinion groups.\n"
        }
        if !accounting.byReason.isEmpty {
            var reasons = MarkdownTable("Skipped because", "Records")
            for count in accounting.byReason {
                reasons.add("\(count.reason.title) (`\(count.reason.rawValue)`)", "\(count.count)")
            }
            var records = MarkdownTable("Record (file:line)", "Reason", "Detail")
            for record in accounting.skippedRecords {
                records.add(MarkdownText.code(record.location), record.reason.rawValue, MarkdownText.escape(record.detail))
            }
            text += "\n" + reasons.rendered
            if !accounting.skippedRecords.isEmpty {
                text +=
                    "\nEvery skipped record (off-topic articles are [listed above](#off-topic-articles)):\n\n"
                    + records.rendered
            }
        }
        if !accounting.inputFailures.isEmpty {
            var failures = MarkdownTable("Input", "Problem")
            for failure in accounting.inputFailures {
                failures.add(MarkdownText.code(failure.location), MarkdownText.escape(failure.problem))
            }
            text += "\nInputs, or manifest rows, that gave no records:\n\n" + failures.rendered
        }
        return text
    }
}
