import Foundation

/// Metadata values as text. JSON corpora hold ids and dates as numbers as often as strings;
/// both are accepted, anything else (an object, a list, null) counts as absent.
enum FieldValue {
    static func string(_ value: Any?) -> String? {
        switch value {
        case let string as String: return string
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }

    /// A metadata value, with surrounding spaces removed; nil when absent or blank.
    static func nonBlank(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
