/// How a measure's value reads, which decides how reports print it.
public enum MeasureUnit: String, Sendable, Codable {
    /// A count per article.
    case words
    /// Per 1,000 words of article text.
    case perThousandWords = "per-1000-words"
    /// A proportion, 0 to 1, printed as a percentage.
    case share
    /// A difference of two proportions, printed in percentage points.
    case shareDifference = "share-difference"
    /// A ratio, 1 meaning parity.
    case ratio
    /// A count per casualty mention.
    case perMention = "per-mention"
}
