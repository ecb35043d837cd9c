/// Bytes proven to be well-formed UTF-8. Validating once per document lets every later match
/// call skip PCRE2's own check (`PCRE2_NO_UTF_CHECK`), which otherwise re-reads the subject on
/// each call and costs most of the matching time.
public struct ValidUTF8: Sendable, Equatable {
    public let bytes: [UInt8]

    /// The first malformed sequence found: byte offset and the reason.
    public struct InvalidSequence: Error, Equatable, Sendable {
        public let byteOffset: Int
    }

    public init(validating bytes: [UInt8]) throws(InvalidSequence) {
        if let offset = ValidUTF8.firstInvalidOffset(in: bytes) {
            throw InvalidSequence(byteOffset: offset)
        }
        self.bytes = bytes
    }

    public init(_ string: String) {
        self.bytes = Array(string.utf8)
    }

    public var count: Int { bytes.count }

    /// The offset of the character after the one starting at `offset`.
    public func nextCharacter(after offset: Int) -> Int {
        var next = offset + 1
        while next < bytes.count, bytes[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public subscript(range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// Offset of the first byte of the first malformed sequence, or nil when all is well formed.
    /// Runs of ASCII are skipped eight bytes at a time; only other bytes go through the parser.
    public static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                if offset + 8 <= raw.count,
                    raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    offset += 8
                    continue
                }
                if raw[offset] < 0x80 {
                    offset += 1
                    continue
                }
                var parser = Unicode.UTF8.ForwardParser()
                var iterator = raw[offset...].makeIterator()
                switch parser.parseScalar(from: &iterator) {
                case .valid(let encoded): offset += encoded.count
                case .emptyInput: return nil
                case .error: return offset
                }
            }
            return nil
        }
    }
}

extension ValidUTF8 {
    /// A piece of already-validated text. Only sound when `range` starts and ends on character
    /// boundaries (for example at line breaks), which callers guarantee.
    public func slice(_ range: Range<Int>) -> ValidUTF8 {
        ValidUTF8(trusted: Array(bytes[range]))
    }

    private init(trusted bytes: [UInt8]) {
        self.bytes = bytes
    }
}
