import PCRE2
import SlantCore

/// Finds the lines that stand alone in at least `minimumArticles` of one group's articles
/// (`slant compare --find-boilerplate FILE`): captions, newsletter blurbs, copyright lines,
/// "Story Continued Below". Reads the corpus once, on one thread, without auditing: each
/// record is grouped as `slant compare` groups it (aliases, opinion pieces apart) and its
/// distinct trimmed lines counted once per article. Memory: per group, an 8-byte hash and a
/// count for each distinct line, and the text of the lines that reach the minimum.
public struct BoilerplateFinder {
    /// Five articles: on the example corpus every line in five or more of an outlet's articles is
    /// a blurb, a credit or a caption, while at three a background sentence appears (BBC's "The
    /// status of Jerusalem goes to the heart of the Israeli-Palestinian conflict.").
    public static let defaultMinimumArticles = 5

    public let options: BatchOptions
    public let minimumArticles: Int

    public init(options: BatchOptions, minimumArticles: Int = defaultMinimumArticles) {
        self.options = options
        self.minimumArticles = minimumArticles
    }

    private struct GroupCounts {
        var articles = 0
        var counts: [UInt64: Int32] = [:]
        var texts: [UInt64: [UInt8]] = [:]
    }

    /// The table, and the accounting of the records read (every record is read, or skipped
    /// with its reason, as in a comparison).
    public func find(_ inputs: [String]) -> (BoilerplateTable, RecordAccounting) {
        var accounting = RecordAccounting()
        var groups: [String: GroupCounts] = [:]
        let decoder = RecordDecoder(fields: options.fields)
        let opinion = options.opinion.map(OpinionMarker.init)
        let scratch = MatchScratch()
        let reader = CorpusReader(
            fields: options.fields, maxRecordBytes: options.maxRecordBytes, format: options.format,
            manifestPath: options.manifest)
        func count(_ raw: RawRecord) {
            var record: CorpusRecord
            switch decoder.decode(raw) {
            case .skipped(let skipped):
                accounting.countSkipped(skipped)
                return
            case .article(let article): record = article.regrouped(options.aliases[article.group])
            }
            if opinion?.isOpinion(record, scratch: scratch) == true {
                record = record.regrouped(OpinionMarking.group(of: record.group))
            }
            let source: SourceText
            do {
                source = try InputDecoder.decode(record.text, name: "\(record.file):\(record.line)")
            } catch {
                accounting.countSkipped(
                    SkippedRecord(
                        file: record.file, line: record.line, reason: RecordProcessor.reason(error),
                        detail: RecordProcessor.detail(error)))
                return
            }
            accounting.countAudited()
            var group = groups[record.group, default: GroupCounts()]
            group.articles += 1
            for line in KnownBoilerplate.distinctLines(of: source) {
                let hash = Self.hash(line)
                let count = group.counts[hash, default: 0] + 1
                group.counts[hash] = count
                if count == minimumArticles { group.texts[hash] = Array(line) }
            }
            groups[record.group] = group
        }
        for input in inputs {
            reader.read(input, emit: count, advanced: { _ in }, fail: { accounting.add($0) })
        }
        let table = BoilerplateTable(
            groupField: options.fields.group, minimumArticles: minimumArticles,
            // Groups without such lines are left out, so the file lists only what will be dropped.
            groups: groups.filter { !$0.value.texts.isEmpty }.map { name, counts in
                BoilerplateTable.Group(
                    name: name, articles: counts.articles,
                    lines: counts.texts.map { hash, text in
                        BoilerplateTable.Line(text: String(decoding: text, as: UTF8.self), articles: Int(counts.counts[hash]!))
                    }.sorted { Array($0.text.utf8).lexicographicallyPrecedes($1.text.utf8) })
            })
        return (table, accounting)
    }

    /// FNV-1a, 64 bits: a line's identity while counting.
    private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
