/// The three container kinds of `SortedJSONWriter`. Each writes through the shared writer; the
/// writer's frame stack knows where the current object or array started.
struct SortedJSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: SortedJSONWriter
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws {
        try writer.checkFailure()
        writer.beginEntry(key.stringValue)
        writer.writeLiteral("null")
    }
    mutating func encode(_ value: Bool, forKey key: Key) throws {
        try writer.checkFailure()
        writer.beginEntry(key.stringValue)
        writer.writeLiteral(value ? "true" : "false")
    }
    mutating func encode(_ value: String, forKey key: Key) throws {
        try writer.checkFailure()
        writer.beginEntry(key.stringValue)
        writer.writeString(value)
    }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        try writer.checkFailure()
        writer.beginEntry(key.stringValue)
        try writer.writeDouble(value)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        try writer.checkFailure()
        writer.beginEntry(key.stringValue)
        try writer.writeDouble(value)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws {
        try writer.checkFailure()
        writer.beginEntry(key.stringValue)
        writer.writeInteger(value)
    }
    mutating func encode(_ value: Int8, forKey key: Key) throws {
        try writer.checkFailure()
        writer.beginEntry(key.stringValue)
        writer.writeInteger(value)
    }
    mutating func encode(_ value: Int16, forKey key: Key) throws {
        try writer.checkFailure()
        writer.beginEntry(key.stringValue)
        writer.writeInteger(value)
    }
    mutating func encode(_ value: Int32, forKey key: Key) throws {
        try writer.checkFailure()
        writer.beginEntry(key.stringValue)
        writer.writeInteger(value)
    }
    mutating func encode(_ value: Int64, forKey key: Key) throws {
        try writer.checkFailure()
        writer.beginEntry(key.stringValue)
        writer.writeInteger(value)
    }
    mutating func encode(_ value: UInt, forKey key: Key) throws {
        try writer.checkFailure()
        writer.beginEntry(key.stringValue)
        writer.writeInteger(value)
    }
    mutating func encode(_ value: UInt8, forKey key: Key) throws {
        try writer.checkFailure()
        writer.beginEntry(key.stringValue)
        writer.writeInteger(value)
    }
    mutating func encode(_ value: UInt16, forKey key: Key) throws {
        try writer.checkFailure()
        writer.beginEntry(key.stringValue)
        writer.writeInteger(value)
    }
    mutating func encode(_ value: UInt32, forKey key: Key) throws {
        try writer.checkFailure()
        writer.beginEntry(key.stringValue)
        writer.writeInteger(value)
    }
    mutating func encode(_ value: UInt64, forKey key: Key) throws {
        try writer.checkFailure()
        writer.beginEntry(key.stringValue)
        writer.writeInteger(value)
    }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try writer.checkFailure()
        writer.beginEntry(key.stringValue)
        try writer.writeGeneric(value)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        writer.failure = writer.failure ?? SortedJSONEncoder.Unsupported(description: "nested containers")
        return KeyedEncodingContainer(SortedJSONKeyedContainer<NestedKey>(writer: writer))
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        writer.failure = writer.failure ?? SortedJSONEncoder.Unsupported(description: "nested containers")
        return SortedJSONUnkeyedContainer(writer: writer)
    }
    mutating func superEncoder() -> any Encoder { unsupportedSuperEncoder() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { unsupportedSuperEncoder() }

    private func unsupportedSuperEncoder() -> any Encoder {
        writer.failure = writer.failure ?? SortedJSONEncoder.Unsupported(description: "super encoders")
        return writer
    }
}

struct SortedJSONUnkeyedContainer: UnkeyedEncodingContainer {
    let writer: SortedJSONWriter
    var codingPath: [any CodingKey] { [] }
    private(set) var count = 0

    init(writer: SortedJSONWriter) { self.writer = writer }

    mutating func encodeNil() throws {
        try writer.checkFailure()
        writer.beginElement()
        writer.writeLiteral("null")
        count += 1
    }
    mutating func encode(_ value: String) throws {
        try writer.checkFailure()
        writer.beginElement()
        writer.writeString(value)
        count += 1
    }
    mutating func encode(_ value: Double) throws {
        try writer.checkFailure()
        writer.beginElement()
        try writer.writeDouble(value)
        count += 1
    }
    mutating func encode(_ value: Int) throws {
        try writer.checkFailure()
        writer.beginElement()
        writer.writeInteger(value)
        count += 1
    }
    mutating func encode(_ value: Int8) throws {
        try writer.checkFailure()
        writer.beginElement()
        writer.writeInteger(value)
        count += 1
    }
    mutating func encode(_ value: Int16) throws {
        try writer.checkFailure()
        writer.beginElement()
        writer.writeInteger(value)
        count += 1
    }
    mutating func encode(_ value: Int32) throws {
        try writer.checkFailure()
        writer.beginElement()
        writer.writeInteger(value)
        count += 1
    }
    mutating func encode(_ value: Int64) throws {
        try writer.checkFailure()
        writer.beginElement()
        writer.writeInteger(value)
        count += 1
    }
    mutating func encode(_ value: UInt) throws {
        try writer.checkFailure()
        writer.beginElement()
        writer.writeInteger(value)
        count += 1
    }
    mutating func encode(_ value: UInt8) throws {
        try writer.checkFailure()
        writer.beginElement()
        writer.writeInteger(value)
        count += 1
    }
    mutating func encode(_ value: UInt16) throws {
        try writer.checkFailure()
        writer.beginElement()
        writer.writeInteger(value)
        count += 1
    }
    mutating func encode(_ value: UInt32) throws {
        try writer.checkFailure()
        writer.beginElement()
        writer.writeInteger(value)
        count += 1
    }
    mutating func encode(_ value: UInt64) throws {
        try writer.checkFailure()
        writer.beginElement()
        writer.writeInteger(value)
        count += 1
    }
    mutating func encode(_ value: Bool) throws {
        try writer.checkFailure()
        writer.beginElement()
        writer.writeLiteral(value ? "true" : "false")
        count += 1
    }
    mutating func encode(_ value: Float) throws {
        try writer.checkFailure()
        writer.beginElement()
        try writer.writeDouble(value)
        count += 1
    }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try writer.checkFailure()
        writer.beginElement()
        try writer.writeGeneric(value)
        count += 1
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        writer.failure = writer.failure ?? SortedJSONEncoder.Unsupported(description: "nested containers")
        return KeyedEncodingContainer(SortedJSONKeyedContainer<NestedKey>(writer: writer))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        writer.failure = writer.failure ?? SortedJSONEncoder.Unsupported(description: "nested containers")
        return SortedJSONUnkeyedContainer(writer: writer)
    }
    mutating func superEncoder() -> any Encoder {
        writer.failure = writer.failure ?? SortedJSONEncoder.Unsupported(description: "super encoders")
        return writer
    }
}

/// A single value: written in place (the enclosing entry or element has already begun).
struct SortedJSONSingleValueContainer: SingleValueEncodingContainer {
    let writer: SortedJSONWriter
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws {
        try writer.checkFailure()
        writer.writeLiteral("null")
    }
    mutating func encode(_ value: Bool) throws {
        try writer.checkFailure()
        writer.writeLiteral(value ? "true" : "false")
    }
    mutating func encode(_ value: String) throws {
        try writer.checkFailure()
        writer.writeString(value)
    }
    mutating func encode(_ value: Double) throws {
        try writer.checkFailure()
        try writer.writeDouble(value)
    }
    mutating func encode(_ value: Int) throws {
        try writer.checkFailure()
        writer.writeInteger(value)
    }
    mutating func encode(_ value: Int8) throws {
        try writer.checkFailure()
        writer.writeInteger(value)
    }
    mutating func encode(_ value: Int16) throws {
        try writer.checkFailure()
        writer.writeInteger(value)
    }
    mutating func encode(_ value: Int32) throws {
        try writer.checkFailure()
        writer.writeInteger(value)
    }
    mutating func encode(_ value: Int64) throws {
        try writer.checkFailure()
        writer.writeInteger(value)
    }
    mutating func encode(_ value: UInt) throws {
        try writer.checkFailure()
        writer.writeInteger(value)
    }
    mutating func encode(_ value: UInt8) throws {
        try writer.checkFailure()
        writer.writeInteger(value)
    }
    mutating func encode(_ value: UInt16) throws {
        try writer.checkFailure()
        writer.writeInteger(value)
    }
    mutating func encode(_ value: UInt32) throws {
        try writer.checkFailure()
        writer.writeInteger(value)
    }
    mutating func encode(_ value: UInt64) throws {
        try writer.checkFailure()
        writer.writeInteger(value)
    }
    mutating func encode(_ value: Float) throws {
        try writer.checkFailure()
        try writer.writeDouble(value)
    }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try writer.writeGeneric(value)
    }
}
