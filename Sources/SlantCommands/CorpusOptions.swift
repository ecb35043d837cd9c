import ArgumentParser
import SlantBatch

/// How `slant compare` reads a corpus: field names, format, manifest, limits.
struct CorpusOptions: ParsableArguments {
    @Option(
        name: [.customLong("group-by"), .customLong("by")],
        help: ArgumentHelp(
            "The field that groups articles: the outlet, or any other (e.g. allsides_rating); --by is the same.",
            valueName: "FIELD"))
    var by: String = "outlet"

    @Option(help: ArgumentHelp("The field holding the article text.", valueName: "FIELD"))
    var textField: String = "text"

    @Option(help: ArgumentHelp("The field holding the headline.", valueName: "FIELD"))
    var titleField: String = "title"

    @Option(help: ArgumentHelp("The field holding the publication date.", valueName: "FIELD"))
    var dateField: String = "date"

    @Option(help: ArgumentHelp("The field holding the article's URL.", valueName: "FIELD"))
    var urlField: String = "url"

    @Option(
        help: ArgumentHelp(
            "The field holding a stable article id (without one, the text's hash is used).", valueName: "FIELD"))
    var idField: String = "id"

    @Option(help: ArgumentHelp("In a sidecar manifest, the column naming the article file.", valueName: "FIELD"))
    var fileField: String = "file"

    @Option(
        help: ArgumentHelp(
            "Read every file input as this format: jsonl, csv, tsv or text (default: by extension; standard input is jsonl).",
            valueName: "FORMAT"))
    var inputFormat: CorpusFormat?

    @Option(
        help: ArgumentHelp(
            "A manifest (CSV, TSV, JSON Lines or JSON array) giving each article file of a directory its outlet and metadata.",
            valueName: "FILE"))
    var manifest: String?

    @Option(help: ArgumentHelp("Skip, and count, records larger than this many bytes.", valueName: "BYTES"))
    var maxRecordBytes: Int = BatchOptions.defaultMaxRecordBytes

    @Option(
        help: ArgumentHelp(
            "Leave out, count and list as off topic the articles in which fewer than this share of sentences name an actor or place of a party to the conflict (not a third party), 0 to 1 (0 keeps all).",
            valueName: "SHARE"))
    var minRelevance: Double = BatchOptions.defaultMinimumRelevance

    @Option(
        help: ArgumentHelp(
            "Also give the key measures of each group per year, quarter or month (from --date-field), with intervals; undated articles are counted apart.",
            valueName: "PERIOD"))
    var byPeriod: PeriodGranularity?

    @Option(
        help: ArgumentHelp(
            "A YAML file mapping each outlet name to a list of name variants merged under it.", valueName: "FILE"))
    var outletAliases: String?

    @Option(
        help: ArgumentHelp(
            "Articles whose FIELD is set (not blank, false, no or 0), or is one of the VALUEs, are opinion pieces, reported as '<outlet> (opinion)' apart from the outlet's news.",
            valueName: "FIELD[=VALUE,...]"))
    var opinionField: String?

    @Option(
        help: ArgumentHelp(
            "Articles whose URL matches this PCRE2 pattern (caseless, anywhere in the URL) are opinion pieces, e.g. '/(opinions?|columnists|commentary)/'.",
            valueName: "REGEX"))
    var opinionUrlPattern: String?

    @Flag(
        help: """
            Count as wire copy the articles that are near duplicates of an earlier article of another outlet \
            (word 5-gram shingles, MinHash; about 200 bytes of memory an article).
            """)
    var nearDuplicates = false

    @Option(
        help: ArgumentHelp(
            "Drop from each outlet's articles, like debris, the lines of a table written by --find-boilerplate.",
            valueName: "FILE"))
    var boilerplate: String?

    /// The opinion marking, or nil without either option; a pattern that does not compile was
    /// refused by `validate()`.
    var opinionMarking: OpinionMarking? {
        guard opinionField != nil || opinionUrlPattern != nil else { return nil }
        return try? OpinionMarking(fieldSpecification: opinionField, urlPattern: opinionUrlPattern)
    }

    var fields: CorpusFields {
        CorpusFields(
            text: textField, group: by, title: titleField, date: dateField, url: urlField, id: idField, file: fileField,
            opinion: opinionMarking?.field)
    }

    func validate() throws {
        guard (0...1).contains(minRelevance) else { throw ValidationError("--min-relevance must be from 0 to 1") }
        guard maxRecordBytes > 0 else { throw ValidationError("--max-record-bytes must be positive") }
        if opinionField != nil || opinionUrlPattern != nil {
            if let opinionField, opinionField.isEmpty || opinionField.hasPrefix("=") {
                throw ValidationError("--opinion-field needs a field name")
            }
            do {
                _ = try OpinionMarking(fieldSpecification: opinionField, urlPattern: opinionUrlPattern)
            } catch {
                throw ValidationError("--opinion-url-pattern: \(error)")
            }
        }
        if inputFormat == .directory { throw ValidationError("--input-format directory: give the directory itself as input") }
    }
}

extension PeriodGranularity: ExpressibleByArgument {}

extension CorpusFormat: ExpressibleByArgument {
    /// A directory is recognised as such; it is not a format to force.
    public static var allValueStrings: [String] { allCases.filter { $0 != .directory }.map(\.rawValue) }
}
