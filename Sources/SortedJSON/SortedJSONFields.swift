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
