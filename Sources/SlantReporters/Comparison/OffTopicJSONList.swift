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
        let articles = comparison.accounting.offTopicArticles.sorted()
        encoder.userInfo[.offTopicPlaceholder] = Self.placeholder
        defer { encoder.userInfo[.offTopicPlaceholder] = nil }
        guard let document = try? Array(encoder.encode(comparison)), let (line, indentation) = Self.placeholderLine(in: document)
        else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(document.count + articles.count * 160)
        output += document[..<line.lowerBound]
        for start in Swift.stride(from: 0, to: articles.count, by: chunk) {
            // A top-level array: "[", its elements indented by two, "]"; each element's lines
            // (JSON strings hold no raw line break) are moved to the placeholder's depth.
            guard let encoded = try? Array(encoder.encode(Array(articles[start..<min(start + chunk, articles.count)]))),
                encoded.count >= 4
            else { return nil }
            if start > 0 { output += Array(",\n".utf8) }
            var first = true
            for element in encoded[2..<(encoded.count - 2)].split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            {
                if !first { output.append(UInt8(ascii: "\n")) }
                first = false
                output += repeatElement(UInt8(ascii: " "), count: indentation - 2)
                output += element
            }
        }
        output.append(UInt8(ascii: "\n"))
        output += document[line.upperBound...]
        return output
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
