/// Splits a CSV stream into records and says on which line each starts (`\n`, `\r\n` and a lone
/// `\r` each end a line). A quoted field may
/// hold line breaks, so records and lines differ; CSV.swift parses the fields of each record
/// but reports neither line numbers nor a bad record without stopping the file, which is why
/// the boundaries are found here, byte by byte, with the same quoting rules (a quote opens a
/// quoted field only at its start; `""` inside one is a quote).
final class CSVRecordSplitter {
    enum Content {
        case bytes([UInt8])
        case oversized(byteCount: Int)
        case unterminatedQuote
    }

    private enum State {
        case fieldStart, unquoted, quoted, quoteInQuoted
    }

    private let stream: ByteStream
    private let delimiter: UInt8
    private let maxBytes: Int
    private var buffer: [UInt8] = []
    private var position = 0
    private var line = 1
    /// The last byte read was a \r: a \n right after it belongs to the same line break.
    private var afterCarriageReturn = false

    init(stream: ByteStream, delimiter: UInt8, maxBytes: Int) {
        self.stream = stream
        self.delimiter = delimiter
        self.maxBytes = maxBytes
    }

    var bytesRead: Int { stream.bytesRead }

    /// The next non-blank record without its final line break, with the line it starts on.
    func next() throws -> (line: Int, content: Content)? {
        while let (start, content) = try nextRecord() {
            if case .bytes(let bytes) = content, bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return (start, content)
        }
        return nil
    }

    private func nextRecord() throws -> (Int, Content)? {
        let quote = UInt8(ascii: "\"")
        let newline = UInt8(ascii: "\n")
        let carriageReturn = UInt8(ascii: "\r")
        var state = State.fieldStart
        var record: [UInt8] = []
        var oversizedCount: Int?
        var sawBytes = false
        let start = line
        while true {
            if position == buffer.count {
                guard let chunk = try stream.nextChunk() else {
                    guard sawBytes else { return nil }
                    if state == .quoted { return (start, .unterminatedQuote) }
                    return (start, content(record, oversizedCount))
                }
                buffer = chunk
                position = 0
            }
            sawBytes = true
            let byte = buffer[position]
            position += 1
            // \n, \r\n and a lone \r (old Mac files, Excel's "CSV (Macintosh)") each end a line.
            let secondByteOfBreak = byte == newline && afterCarriageReturn
            afterCarriageReturn = byte == carriageReturn
            if secondByteOfBreak && state == .fieldStart && record.isEmpty && oversizedCount == nil {
                continue  // the \n of a \r\n that ended the previous record
            }
            if (byte == newline && !secondByteOfBreak) || byte == carriageReturn { line += 1 }
            if (byte == newline || byte == carriageReturn) && state != .quoted {
                return (start, content(record, oversizedCount))
            }
            switch state {
            case .fieldStart: state = byte == quote ? .quoted : byte == delimiter ? .fieldStart : .unquoted
            case .unquoted: if byte == delimiter { state = .fieldStart }
            case .quoted: if byte == quote { state = .quoteInQuoted }
            case .quoteInQuoted: state = byte == quote ? .quoted : byte == delimiter ? .fieldStart : .unquoted
            }
            if let count = oversizedCount {
                oversizedCount = count + 1
            } else if record.count >= maxBytes {
                oversizedCount = record.count + 1
                record = []
            } else {
                record.append(byte)
            }
        }
    }

    private func content(_ record: [UInt8], _ oversizedCount: Int?) -> Content {
        if let oversizedCount { return .oversized(byteCount: oversizedCount) }
        var record = record
        if record.last == UInt8(ascii: "\r") { record.removeLast() }
        return .bytes(record)
    }
}
