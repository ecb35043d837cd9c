/// Metadata values as text.
enum FieldValue {
    /// A metadata value, with surrounding spaces removed; nil when absent or blank. Spaces are
    /// the scalars Foundation's `.whitespacesAndNewlines` holds, found here without Foundation:
    /// its `trimmingCharacters` took more of a JSON record's reading than parsing the JSON did.
    /// A value with nothing to trim is returned as it is.
    static func nonBlank(_ value: String?) -> String? {
        guard let scalars = value?.unicodeScalars,
            let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return nil }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return value }
        return String(scalars[first...last])
    }

    /// White_Space, and the zero-width space, which Foundation's set still holds (it was a
    /// space separator before Unicode 4.0.1): a value trims as it did when Foundation trimmed it.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace || scalar.value == 0x200B
    }
}
