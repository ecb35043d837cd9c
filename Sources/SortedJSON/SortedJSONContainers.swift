/// The three container kinds of `SortedJSONWriter`. Each writes through the shared writer; the
/// writer's frame stack knows where the current object or array started. `Codable` asks for one
/// method per scalar type; each only says how to write its value.
struct SortedJSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: SortedJSONWriter
    var codingPath: [any CodingKey] { [] }

    /// Starts the entry for `key`, then writes its value.
    private func entry(_ key: Key, _ write: (SortedJSONWriter) throws -> Void) throws {
        try writer.checkFailure()
        writer.beginEntry(key.stringValue)
        try write(writer)
    }

    mutating func encodeNil(forKey key: Key) throws { try entry(key) { $0.writeLiteral("null") } }
    mutating func encode(_ value: Bool, forKey key: Key) throws {
        try entry(key) { $0.writeLiteral(value ? "true" : "false") }
    }
    mutating func encode(_ value: String, forKey key: Key) throws { try entry(key) { $0.writeString(value) } }
    mutating func encode(_ value: Double, forKey key: Key) throws { try entry(key) { try $0.writeDouble(value) } }
    mutating func encode(_ value: Float, forKey key: Key) throws { try entry(key) { try $0.writeDouble(value) } }
    mutating func encode(_ value: Int, forKey key: Key) throws { try entry(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try entry(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try entry(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try entry(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try entry(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try entry(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try entry(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try entry(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try entry(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try entry(key) { $0.writeInteger(value) } }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try entry(key) { try $0.writeGeneric(value) } }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        writer.refuse("nested containers")
        return KeyedEncodingContainer(SortedJSONKeyedContainer<NestedKey>(writer: writer))
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        writer.refuse("nested containers")
        return SortedJSONUnkeyedContainer(writer: writer)
    }
    mutating func superEncoder() -> any Encoder {
        writer.refuse("super encoders")
        return writer
    }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        writer.refuse("super encoders")
        return writer
    }
}

struct SortedJSONUnkeyedContainer: UnkeyedEncodingContainer {
    let writer: SortedJSONWriter
    var codingPath: [any CodingKey] { [] }
    private(set) var count = 0

    init(writer: SortedJSONWriter) { self.writer = writer }

    /// Starts the next element (separator and indentation), then writes it.
    private mutating func element(_ write: (SortedJSONWriter) throws -> Void) throws {
        let writer = self.writer
        try writer.checkFailure()
        writer.beginElement()
        try write(writer)
        count += 1
    }

    mutating func encodeNil() throws { try element { $0.writeLiteral("null") } }
    mutating func encode(_ value: Bool) throws { try element { $0.writeLiteral(value ? "true" : "false") } }
    mutating func encode(_ value: String) throws { try element { $0.writeString(value) } }
    mutating func encode(_ value: Double) throws { try element { try $0.writeDouble(value) } }
    mutating func encode(_ value: Float) throws { try element { try $0.writeDouble(value) } }
    mutating func encode(_ value: Int) throws { try element { $0.writeInteger(value) } }
    mutating func encode(_ value: Int8) throws { try element { $0.writeInteger(value) } }
    mutating func encode(_ value: Int16) throws { try element { $0.writeInteger(value) } }
    mutating func encode(_ value: Int32) throws { try element { $0.writeInteger(value) } }
    mutating func encode(_ value: Int64) throws { try element { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt) throws { try element { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt8) throws { try element { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt16) throws { try element { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt32) throws { try element { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt64) throws { try element { $0.writeInteger(value) } }
    mutating func encode<T: Encodable>(_ value: T) throws { try element { try $0.writeGeneric(value) } }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        writer.refuse("nested containers")
        return KeyedEncodingContainer(SortedJSONKeyedContainer<NestedKey>(writer: writer))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        writer.refuse("nested containers")
        return SortedJSONUnkeyedContainer(writer: writer)
    }
    mutating func superEncoder() -> any Encoder {
        writer.refuse("super encoders")
        return writer
    }
}

/// A single value: written in place (the enclosing entry or element has already begun).
struct SortedJSONSingleValueContainer: SingleValueEncodingContainer {
    let writer: SortedJSONWriter
    var codingPath: [any CodingKey] { [] }

    private func single(_ write: (SortedJSONWriter) throws -> Void) throws {
        try writer.checkFailure()
        try write(writer)
    }

    mutating func encodeNil() throws { try single { $0.writeLiteral("null") } }
    mutating func encode(_ value: Bool) throws { try single { $0.writeLiteral(value ? "true" : "false") } }
    mutating func encode(_ value: String) throws { try single { $0.writeString(value) } }
    mutating func encode(_ value: Double) throws { try single { try $0.writeDouble(value) } }
    mutating func encode(_ value: Float) throws { try single { try $0.writeDouble(value) } }
    mutating func encode(_ value: Int) throws { try single { $0.writeInteger(value) } }
    mutating func encode(_ value: Int8) throws { try single { $0.writeInteger(value) } }
    mutating func encode(_ value: Int16) throws { try single { $0.writeInteger(value) } }
    mutating func encode(_ value: Int32) throws { try single { $0.writeInteger(value) } }
    mutating func encode(_ value: Int64) throws { try single { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt) throws { try single { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt8) throws { try single { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt16) throws { try single { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt32) throws { try single { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt64) throws { try single { $0.writeInteger(value) } }
    mutating func encode<T: Encodable>(_ value: T) throws { try single { try $0.writeGeneric(value) } }
}
