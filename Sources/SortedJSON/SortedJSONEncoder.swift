/// Encodes `SortedJSONFields` values as JSON with sorted keys, byte for byte what Foundation's
/// `JSONEncoder` writes for their `Encodable` form with `[.sortedKeys, .withoutEscapingSlashes]`,
/// plus `.prettyPrinted` when `prettyPrinted` is true.
///
/// Why not `JSONEncoder`: it builds a tree of boxed values, hashes every key (with Unicode
/// normalisation) into dictionaries and sorts them afterwards; on a batch of audits it was half
/// of the whole audit's time. Here each value writes its fields, already in key order, straight
/// into one byte buffer. `JSONEquivalenceTests` and `EvidenceJSONTests` compare the two on real
/// audits. A number JSON cannot hold (NaN, infinity) throws `SortedJSONEncoder.Unsupported`, and
/// callers fall back to Foundation.
public struct SortedJSONEncoder {
    public struct Unsupported: Error, CustomStringConvertible {
        public let description: String

        @usableFromInline
        init(description: String) { self.description = description }
    }

    public var prettyPrinted: Bool

    public init(prettyPrinted: Bool = true) {
        self.prettyPrinted = prettyPrinted
    }

    /// `capacity` is a guess at the output's size, to spare the buffer's regrowth.
    @inlinable
    public func encode<T: SortedJSONFields>(_ value: T, capacity: Int = 1 << 14) throws -> [UInt8] {
        var object = SortedJSONObject(output: JSONOutput(prettyPrinted: prettyPrinted, capacity: capacity), level: 0)
        defer { object.output.bytes.deallocate() }
        object.writeNested(value, level: 0)
        guard !object.refusedNumber else { throw Unsupported(description: "a non-finite number") }
        return object.output.bytes.array()
    }
}
