/// A type that writes its own fields, in sorted key order, straight into the encoder's buffer
/// (no `Codable` containers, boxes, key strings or sorting when each object closes). Its
/// `Encodable` conformance stays the reference: tests compare the two renderings.
public protocol SortedJSONFields: Encodable {
    func writeFields(to object: inout SortedJSONObject)
}

/// The fields of one JSON object being written by a `SortedJSONFields` value. Keys must come in
/// sorted (UTF-8 byte) order; they are identifiers known at compile time, so they are copied
/// without escaping.
///
/// A nested object is written by the same value: `level` and `count` step into the child and
/// back, so the output buffer never moves. The methods are inlinable so that callers get code
/// specialized for their types rather than generic calls through witness tables.
public struct SortedJSONObject {
    @usableFromInline var output: JSONOutput
    /// Nesting level of the object's braces (its fields are one deeper).
    @usableFromInline var level: Int
    /// Fields written so far in the current object.
    @usableFromInline var count = 0
    /// Set when a number JSON cannot hold was met: the encoder then refuses the value, as
    /// Foundation does, instead of writing invalid JSON.
    @usableFromInline var refusedNumber = false
    #if DEBUG
        @usableFromInline var lastKey: StaticString = ""
    #endif

    @usableFromInline
    init(output: JSONOutput, level: Int) {
        self.output = output
        self.level = level
    }

    @inlinable
    public mutating func field(_ key: StaticString, _ value: Int) {
        begin(key)
        output.appendInteger(value)
    }

    @inlinable
    public mutating func field(_ key: StaticString, _ value: String) {
        begin(key)
        output.appendString(value)
    }

    @inlinable
    public mutating func field(_ key: StaticString, _ value: Bool) {
        begin(key)
        output.appendBool(value)
    }

    @inlinable
    public mutating func field(_ key: StaticString, _ value: Double) {
        begin(key)
        if !output.appendDouble(value) { refusedNumber = true }
    }

    @inlinable
    public mutating func field<Value: SortedJSONFields>(_ key: StaticString, _ value: Value) {
        begin(key)
        writeNested(value, level: level + 1)
    }

    /// A string enumeration, written as its raw value (what synthesized `Codable` does).
    @inlinable
    public mutating func field<Value: RawRepresentable>(_ key: StaticString, _ value: Value) where Value.RawValue == String {
        field(key, value.rawValue)
    }

    // Optionals are left out when nil, as `encodeIfPresent` does.

    @inlinable
    public mutating func field(_ key: StaticString, _ value: Int?) {
        if let value { field(key, value) }
    }

    @inlinable
    public mutating func field(_ key: StaticString, _ value: String?) {
        if let value { field(key, value) }
    }

    @inlinable
    public mutating func field(_ key: StaticString, _ value: Double?) {
        if let value { field(key, value) }
    }

    @inlinable
    public mutating func field<Value: RawRepresentable>(_ key: StaticString, _ value: Value?) where Value.RawValue == String {
        if let value { field(key, value.rawValue) }
    }

    @inlinable
    public mutating func field<Value: SortedJSONFields>(_ key: StaticString, _ value: Value?) {
        if let value { field(key, value) }
    }

    @inlinable
    public mutating func field(_ key: StaticString, _ values: [String]) {
        begin(key)
        let elementLevel = level + 2
        output.bytes.append(UInt8(ascii: "["))
        for index in values.indices {
            output.appendBreak(level: elementLevel, first: index == 0)
            output.appendString(values[index])
        }
        output.appendClose(UInt8(ascii: "]"), level: level + 1, empty: values.isEmpty)
    }

    @inlinable
    public mutating func field<Value: SortedJSONFields>(_ key: StaticString, _ values: [Value]) {
        begin(key)
        let elementLevel = level + 2
        output.bytes.append(UInt8(ascii: "["))
        for index in values.indices {
            output.appendBreak(level: elementLevel, first: index == 0)
            writeNested(values[index], level: elementLevel)
        }
        output.appendClose(UInt8(ascii: "]"), level: level + 1, empty: values.isEmpty)
    }

    /// Counts under keys known only at run time, written as an object with its keys sorted by
    /// their UTF-8 bytes (the order of the generic path and of Foundation's `.sortedKeys`).
    @inlinable
    public mutating func field(_ key: StaticString, _ counts: [String: Int]) {
        begin(key)
        let names = counts.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        output.bytes.append(UInt8(ascii: "{"))
        for (index, name) in names.enumerated() {
            output.appendBreak(level: level + 2, first: index == 0)
            output.appendString(name)
            output.appendKeySeparator()
            output.appendInteger(counts[name]!)
        }
        output.appendClose(UInt8(ascii: "}"), level: level + 1, empty: names.isEmpty)
    }

    /// The separator, indentation and key of the next field.
    @inlinable @inline(__always)
    mutating func begin(_ key: StaticString) {
        #if DEBUG
            assert(count == 0 || Self.precedes(lastKey, key), "fields out of order: \(lastKey), \(key)")
            assert(Self.needsNoEscape(key), "a key to escape: \(key)")
            lastKey = key
        #endif
        output.appendBreak(level: level + 1, first: count == 0)
        output.appendKey(key)
        count += 1
    }

    /// Writes `value` as an object whose braces sit at `nestedLevel`, then steps back out.
    @inlinable
    mutating func writeNested<Value: SortedJSONFields>(_ value: Value, level nestedLevel: Int) {
        let (outerLevel, outerCount) = (level, count)
        #if DEBUG
            let outerKey = lastKey
        #endif
        output.bytes.append(UInt8(ascii: "{"))
        (level, count) = (nestedLevel, 0)
        value.writeFields(to: &self)
        let empty = count == 0
        (level, count) = (outerLevel, outerCount)
        #if DEBUG
            lastKey = outerKey
        #endif
        output.appendClose(UInt8(ascii: "}"), level: nestedLevel, empty: empty)
    }

    #if DEBUG
        @usableFromInline
        static func precedes(_ first: StaticString, _ second: StaticString) -> Bool {
            first.withUTF8Buffer { first in second.withUTF8Buffer { first.lexicographicallyPrecedes($0) } }
        }

        @usableFromInline
        static func needsNoEscape(_ key: StaticString) -> Bool {
            key.withUTF8Buffer { !$0.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") } }
        }
    #endif
}
