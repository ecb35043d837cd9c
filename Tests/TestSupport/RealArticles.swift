import Foundation

/// Real news text for the tests that compare a fast path with its reference: the first articles
/// of the Article-Bias-Prediction sample committed as `Data/abp/sample-500.jsonl.gz`.
public enum RealArticles {
    public static let file = "abp/sample-500.jsonl.gz"

    /// The `text` field of the first `count` records (at most 500). A missing file stops the
    /// test run with its path, rather than passing on no articles.
    public static func first(_ count: Int) -> [String] {
        let lines: [String]
        do {
            lines = try BundledData.jsonLines(file)
        } catch {
            fatalError("cannot read \(BundledData.path(file)): \(error)")
        }
        return lines.prefix(count).compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["text"] as? String
        }
    }
}
