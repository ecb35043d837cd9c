import Foundation
import SlantCore

/// The annotated article page: one self-contained HTML file (inline style sheet and script, no
/// network requests) with every finding, attribution, casualty mention and dropped line marked
/// on the article text, the report's tables below it, and each rule's rationale and source.
/// Built from the same `ArticleAudit` as the JSON report; equal audits give equal bytes.
public struct HTMLAuditReporter: AuditReporter {
    public static let identifier = "html"
    public static let fileExtension = "html"

    /// Rationale, source and link of each rule by id: what a reader sees when a mark is chosen.
    private let rules: [String: LexiconRule]

    /// `rules`: the lexicon the audit ran with (`CompiledLexicon.lexicon.rules`); without them the
    /// page names each rule and points to `slant explain` instead.
    public init(rules: [LexiconRule] = []) {
        self.rules = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// The page without the article text, which the audit does not hold: tables and rules only.
    public func render(_ audit: ArticleAudit) -> String {
        page(audit, source: nil)
    }

    public func render(_ audit: ArticleAudit, source: SourceText) -> String {
        page(audit, source: source)
    }

    private func page(_ audit: ArticleAudit, source: SourceText?) -> String {
        let names = SideNames(audit)
        var writer = HTMLWriter(capacity: 16_384 + 4 * (source?.bytes.count ?? 0) + 600 * audit.findings.count)
        let title = "Framing audit: \(audit.input.title ?? (audit.input.name as NSString).lastPathComponent)"
        writer.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        writer.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        // The browser itself refuses any load from elsewhere, should a later change add one.
        writer.raw(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
        )
        writer.element("title", title)
        writer.raw("\n<style>\n\(HTMLPageStyle.css)\n</style>\n</head>\n<body>\n<header>\n")
        writer.element("h1", title)
        writer.raw("\n")
        header(audit, &writer)
        writer.raw("</header>\n<main class=\"layout\">\n<article aria-label=\"The article with its findings marked\">\n")
        writer.element("h2", "The article, marked")
        writer.raw("\n")
        if let source {
            writer.raw("<div class=\"text\">")
            ArticleTextWriter(
                source: source,
                marks: ArticleMarkBuilder(audit: audit, source: source, names: names, styles: SideStyles(audit.sides)).marks()
            )
            .write(to: &writer)
            writer.raw("</div>\n")
        } else {
            writer.element("p", "The article text was not given to the reporter: only the tables are shown.")
        }
        writer.raw("</article>\n<aside>\n")
        writer.raw("<section class=\"panel\" aria-live=\"polite\" aria-labelledby=\"details-title\">")
        writer.element("h2", "Details", attributes: " id=\"details-title\"")
        writer.raw("<div id=\"details-body\">")
        writer.element(
            "p",
            "Click a marked word, or move to it with Tab, to see its rule, why it matters, the source and what to write instead.")
        writer.raw("</div></section>\n")
        HTMLLegend(sides: audit.sides, styles: SideStyles(audit.sides)).write(to: &writer)
        writer.raw("</aside>\n</main>\n")
        HTMLReportTables(audit: audit, names: names).write(to: &writer)
        rulesUsed(audit, &writer)
        provenance(audit, &writer)
        writer.raw("<script>\n\(HTMLPageStyle.script)\n</script>\n</body>\n</html>\n")
        return writer.string
    }

    private func header(_ audit: ArticleAudit, _ writer: inout HTMLWriter) {
        let input = audit.input
        writer.element(
            "p",
            "\(input.name): \(input.words) words, \(input.paragraphs) paragraphs, \(input.sentences) sentences, \(input.quotations) quotations. "
                + "Lexicons \(audit.lexicons.map { "\($0.name) \($0.version)" }.joined(separator: ", ")); "
                + "\(audit.tool.name) \(audit.tool.version), report schema \(audit.schemaVersion).",
            attributes: " class=\"meta\"")
        writer.raw("\n")
        writer.element("p", "Verdict: \(audit.verdict.level.title)", attributes: " class=\"verdict-line\"")
        writer.raw("\n<nav aria-label=\"Sections\">")
        for (target, label) in [
            ("verdict", "Verdict"), ("voices", "Voices"), ("verbs", "Verbs"), ("loaded", "Loaded language"),
            ("labels", "Labels"), ("attributions", "Attributions"), ("casualties", "Casualties"), ("rules", "Rules"),
        ] {
            writer.element("a", label, attributes: " href=\"#\(target)\"")
        }
        writer.raw("</nav>\n")
    }

    /// Every rule the page refers to, sorted by id: the notes the details panel shows.
    private func rulesUsed(_ audit: ArticleAudit, _ writer: inout HTMLWriter) {
        let ids = Set(
            audit.findings.map(\.ruleID) + audit.casualties.map(\.ruleID) + audit.droppedLines.map(\.ruleID)
                + audit.attributions.flatMap { $0.cues.map(\.ruleID) }
        ).sorted()
        let debrisIDs = Set(audit.droppedLines.map(\.ruleID))
        writer.raw("<section id=\"rules\">\n")
        writer.element("h2", "Rules on this page")
        writer.raw("\n")
        for id in ids {
            writer.raw("<div class=\"rule\"")
            writer.attribute("id", "rule-\(id)")
            writer.raw(">")
            writer.element("h3", id)
            writer.raw("<dl>")
            if let rule = rules[id] {
                for (term, value) in [
                    ("Category", rule.category.rawValue), ("Why", rule.rationale), ("Source", rule.source),
                    ("Instead", rule.alternatives.isEmpty ? "–" : rule.alternatives.joined(separator: "; ")),
                ] {
                    writer.element("dt", term)
                    writer.element("dd", value)
                }
                if let link = rule.link {
                    // A link to follow, not a resource the page loads.
                    writer.element("dt", "Link")
                    writer.raw("<dd><a rel=\"noreferrer\"")
                    writer.attribute("href", link)
                    writer.raw(">")
                    writer.text(link)
                    writer.raw("</a></dd>")
                }
            } else if debrisIDs.contains(id) {
                writer.element("dt", "Why")
                writer.element("dd", Self.debrisNote)
            } else {
                writer.element("dt", "Notes")
                writer.element("dd", "slant explain \(id)")
            }
            writer.raw("</dl></div>\n")
        }
        writer.raw("</section>\n")
    }

    /// Debris rules carry patterns only: what every one of them is for.
    static let debrisNote =
        "A line of web page debris (navigation, advertising, sharing prompts), not the article's words: dropped before the audit, so nothing in it is counted."

    private func provenance(_ audit: ArticleAudit, _ writer: inout HTMLWriter) {
        writer.raw("<section id=\"provenance\">\n")
        writer.element("h2", "Provenance")
        writer.raw("<ul>")
        writer.element("li", "Input \(audit.input.name), \(audit.input.bytes) bytes, SHA-256 \(audit.input.sha256).")
        writer.element(
            "li",
            audit.droppedLines.isEmpty
                ? "No lines were dropped as web debris."
                : "Dropped as web debris: "
                    + audit.droppedLines.map { "line \($0.line) “\($0.text)” (\($0.ruleID))" }.joined(separator: ", ") + ".")
        writer.element(
            "li",
            "Lexicon packs: " + audit.lexicons.map { "\($0.name) \($0.version) (\($0.rules) entries)" }.joined(separator: ", ")
                + ".")
        writer.raw("</ul>\n</section>\n")
    }
}
