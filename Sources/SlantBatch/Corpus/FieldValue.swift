import Foundation

/// Metadata values as text.
enum FieldValue {
    /// A metadata value, with surrounding spaces removed; nil when absent or blank.
    static func nonBlank(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
