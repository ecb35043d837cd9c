/// A small type encoded very often (a text span, a location) that writes its own fields, in
/// sorted key order, so the encoder skips the generic container machinery for it. Its
/// `Encodable` conformance stays the reference: tests compare the two renderings.
public protocol SortedJSONFields: Encodable {
    func writeFields(to object: inout SortedJSONObject)
}

/// The fields of one JSON object being written by a `SortedJSONFields` value. Keys must come in
/// sorted (UTF-8 byte) order.
public struct SortedJSONObject {
    let writer: SortedJSONWriter
    /// Nesting level of the object's braces (its fields are one deeper).
    let level: Int
    var count = 0
    #if DEBUG
        var lastKey = ""
    #endif

    public mutating func field(_ key: String, _ value: Int) {
        begin(key)
        writer.writeInteger(value)
    }

    public mutating func field(_ key: String, _ value: String) {
        begin(key)
        writer.writeString(value)
    }

    public mutating func field<Value: SortedJSONFields>(_ key: String, _ value: Value) {
        begin(key)
        writer.writeObject(value, level: level + 1)
    }

    public mutating func field(_ key: String, _ value: Bool) {
        begin(key)
        writer.writeLiteral(value ? "true" : "false")
    }

    /// A string enumeration, written as its raw value (what synthesized `Codable` does).
    public mutating func field<Value: RawRepresentable>(_ key: String, _ value: Value) where Value.RawValue == String {
        field(key, value.rawValue)
    }

    // Optionals are left out when nil, as `encodeIfPresent` does.

    public mutating func field(_ key: String, _ value: Int?) {
        if let value { field(key, value) }
    }

    public mutating func field(_ key: String, _ value: String?) {
        if let value { field(key, value) }
    }

    public mutating func field<Value: RawRepresentable>(_ key: String, _ value: Value?) where Value.RawValue == String {
        if let value { field(key, value.rawValue) }
    }

    public mutating func field<Value: SortedJSONFields>(_ key: String, _ value: Value?) {
        if let value { field(key, value) }
    }

    public mutating func field(_ key: String, _ values: [String]) {
        begin(key)
        writer.writeArray(values, level: level + 1) { writer, value, _ in writer.writeString(value) }
    }

    public mutating func field<Value: SortedJSONFields>(_ key: String, _ values: [Value]) {
        begin(key)
        writer.writeArray(values, level: level + 1) { writer, value, level in writer.writeObject(value, level: level) }
    }

    private mutating func begin(_ key: String) {
        #if DEBUG
            assert(count == 0 || lastKey.utf8.lexicographicallyPrecedes(key.utf8), "fields out of order: \(lastKey), \(key)")
            lastKey = key
        #endif
        if count > 0 { writer.output.append(UInt8(ascii: ",")) }
        writer.newline()
        writer.writeIndent(level + 1)
        writer.writeString(key)
        writer.writeKeySeparator()
        count += 1
    }
}

extension SortedJSONWriter {
    /// Writes an array whose brackets sit at `level`; `element` writes one element at `level + 1`.
    func writeArray<Element>(_ values: [Element], level: Int, _ element: (SortedJSONWriter, Element, Int) -> Void) {
        output.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            newline()
            writeIndent(level + 1)
            element(self, value, level + 1)
        }
        if values.isEmpty { newline() }
        newline()
        writeIndent(level)
        output.append(UInt8(ascii: "]"))
    }

    /// Writes `value`'s fields as an object whose braces sit at `level`.
    func writeObject<Value: SortedJSONFields>(_ value: Value, level: Int) {
        output.append(UInt8(ascii: "{"))
        var object = SortedJSONObject(writer: self, level: level)
        value.writeFields(to: &object)
        if object.count == 0 { newline() }
        newline()
        writeIndent(level)
        output.append(UInt8(ascii: "}"))
    }
}
