import Foundation
import PCRE2

/// Why a file cannot be audited. Each case names the file and, where it helps, the place.
public enum InputProblem: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case empty(file: String)
    case binary(file: String, byteOffset: Int)
    case invalidUTF8(file: String, byteOffset: Int, location: SourceLocation)

    public var file: String {
        switch self {
        case .unreadable(let file, _), .empty(let file), .binary(let file, _), .invalidUTF8(let file, _, _): file
        }
    }

    public var reason: String {
        switch self {
        case .unreadable(_, let reason): "cannot read: \(reason)"
        case .empty: "empty input: there is no text to audit"
        case .binary(_, let offset): "binary data (a NUL byte at byte \(offset)); slant reads UTF-8 text"
        case .invalidUTF8(_, let offset, let location):
            "invalid UTF-8 at byte \(offset) (line \(location.line), column \(location.column)); convert the file to UTF-8 first (e.g. iconv -f WINDOWS-1252 -t UTF-8)"
        }
    }

    public var description: String {
        switch self {
        case .invalidUTF8(let file, _, let location): "\(file):\(location.line):\(location.column): \(reason)"
        default: "\(file): \(reason)"
        }
    }
}

/// Turns raw bytes into a `SourceText`. Invalid UTF-8 is an error, not repaired: a repair would
/// shift every byte offset after it, and offsets are what make each finding checkable. The only
/// bytes changed are a leading byte-order mark's, blanked to spaces (same offsets).
public enum InputDecoder {
    public static func decode(_ bytes: [UInt8], name: String) throws(InputProblem) -> SourceText {
        if let encoding = UTF16Signature.encoding(of: bytes) {
            throw .unreadable(file: name, reason: UTF16Signature.advice(encoding))
        }
        var bytes = bytes
        // A byte-order mark is an encoding signature, not text.
        let byteOrderMarkLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if byteOrderMarkLength > 0 { bytes.replaceSubrange(0..<3, with: [0x20, 0x20, 0x20]) }
        if let nul = bytes.withUnsafeBufferPointer({ buffer -> Int? in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }) {
            throw .binary(file: name, byteOffset: nul)
        }
        guard bytes.contains(where: { !isASCIIWhitespace($0) }) else { throw .empty(file: name) }
        do {
            return SourceText(name: name, utf8: try ValidUTF8(validating: bytes), byteOrderMarkLength: byteOrderMarkLength)
        } catch {
            var location = LineBreaks.location(of: error.byteOffset, in: bytes)
            if location.line == 1 { location = SourceLocation(line: 1, column: max(1, location.column - byteOrderMarkLength)) }
            throw .invalidUTF8(file: name, byteOffset: error.byteOffset, location: location)
        }
    }

    /// Reads a file, standard input (`-`), a FIFO or a process substitution to the end.
    public static func read(path: String) throws(InputProblem) -> SourceText {
        let bytes: [UInt8]
        do throws(InputFile.Failure) {
            bytes = path == "-" ? try InputFile.readAll(descriptor: STDIN_FILENO) : try InputFile.readAll(path: path)
        } catch {
            throw .unreadable(file: path, reason: error.reason)
        }
        return try decode(bytes, name: path)
    }

    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }
}
