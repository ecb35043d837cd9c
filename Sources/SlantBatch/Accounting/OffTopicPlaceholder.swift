import Foundation

extension CodingUserInfoKey {
    /// With a `String` under this key, `RecordAccounting` encodes a non-empty off-topic list as
    /// that one string, for a reporter that writes the list's entries itself, a piece at a time
    /// (`JSONComparisonReporter`); every other field, the counts included, is encoded as always.
    public static let offTopicPlaceholder = CodingUserInfoKey(rawValue: "slant.offTopicPlaceholder")!
}
