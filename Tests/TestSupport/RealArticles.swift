import Foundation

/// Real news text for the tests that compare a fast path with its reference: the first articles
/// of the Article-Bias-Prediction sample in `../shared/data` (beside the repository).
public enum RealArticles {
    public static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/data/abp/sample-5000.jsonl").standardized.path

    /// The `text` field of the first `count` records; fewer (or none) when the file is missing,
    /// which the tests report by checking the count.
    public static func first(_ count: Int) -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return data.split(separator: UInt8(ascii: "\n")).prefix(count).compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])?["text"] as? String
        }
    }
}
