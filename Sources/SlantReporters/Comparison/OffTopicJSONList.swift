import Foundation
import SlantBatch

/// The comparison's JSON with its off-topic list encoded a piece at a time. `JSONEncoder` holds
/// a tree of boxed values for all it encodes until it writes, and the off-topic list (an entry
/// per article left out) grows with the corpus: on a large corpus that is mostly off topic it
/// was most of `slant compare`'s peak memory (heaptrack, sample-5000 x4: 15.7 of 27.4 MB of heap
/// at its peak, in the report's encoding). So the comparison is encoded with the list as one
/// placeholder string (`CodingUserInfoKey.offTopicPlaceholder`), and the entries, encoded
/// `chunk` at a time with the same encoder, replace the placeholder's line, indented as they
/// would be in place: the same bytes as encoding the comparison whole (`ComparisonReporterTests`).
struct OffTopicJSONList {
    static let placeholder = "slant: the off-topic articles are written here"
    /// Entries encoded at a time: their tree is all `JSONEncoder` holds at once.
    let chunk: Int

    /// Nil when the encoder fails, or when the placeholder is not where it belongs (then the
    /// caller encodes the comparison whole).
    func render(_ comparison: Comparison, encoder: JSONEncoder) -> [UInt8]? {
        var output: [UInt8] = []
        guard (try? write(comparison, encoder: encoder, to: { output += $0 })) == true else { return nil }
        return output
    }

    /// The document to `output` a piece at a time (the list `chunk` entries at a time, read in
    /// canonical order from `OffTopicList`); false, with nothing written, when the placeholder is
    /// not where it belongs.
    func write(_ comparison: Comparison, encoder: JSONEncoder, to output: ([UInt8]) throws -> Void) throws -> Bool {
        encoder.userInfo[.offTopicPlaceholder] = Self.placeholder
        defer { encoder.userInfo[.offTopicPlaceholder] = nil }
        let document = Array(try encoder.encode(comparison))
        guard let (line, indentation) = Self.placeholderLine(in: document) else { return false }
        try output(Array(document[..<line.lowerBound]))
        var pending: [OffTopicArticle] = []
        var first = true
        func flush() throws {
            // A top-level array: "[", its elements indented by two, "]"; each element's lines
            // (JSON strings hold no raw line break) are moved to the placeholder's depth.
            let encoded = Array(try encoder.encode(pending))
            pending.removeAll(keepingCapacity: true)
            var piece: [UInt8] = first ? [] : Array(",\n".utf8)
            first = false
            var firstLine = true
            for element in encoded[2..<(encoded.count - 2)].split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            {
                if !firstLine { piece.append(UInt8(ascii: "\n")) }
                firstLine = false
                piece += repeatElement(UInt8(ascii: " "), count: indentation - 2)
                piece += element
            }
            try output(piece)
        }
        for article in comparison.accounting.offTopic.sorted() {
            pending.append(article)
            if pending.count == chunk { try flush() }
        }
        if !pending.isEmpty { try flush() }
        try output(Array("\n".utf8) + document[line.upperBound...])
        return true
    }

    /// The placeholder's whole line (with its line break) and its indentation. It follows the
    /// list's key and bracket on their own line; a string value holds no raw line break, so no
    /// title can look like this.
    static func placeholderLine(in document: [UInt8]) -> (line: Range<Int>, indentation: Int)? {
        let key = Array("\"offTopicArticles\" : [\n".utf8)
        let value = Array("\"\(placeholder)\"\n".utf8)
        guard let start = document.firstRange(of: key)?.upperBound else { return nil }
        var indentation = 0
        while start + indentation < document.count, document[start + indentation] == UInt8(ascii: " ") { indentation += 1 }
        let valueStart = start + indentation
        guard indentation >= 2, document[valueStart...].starts(with: value) else { return nil }
        return (start..<(valueStart + value.count), indentation)
    }
}
