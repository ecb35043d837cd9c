import CSV

/// The fields of one CSV record (its boundaries found by `CSVRecordSplitter`), unquoted by
/// CSV.swift.
enum CSVRowParser {
    static func fields(of record: [UInt8], delimiter: UInt8) -> [String] {
        let text = String(decoding: record, as: UTF8.self)
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false, delimiter: UnicodeScalar(delimiter)) else {
            return []
        }
        return reader.next() ?? []
    }
}
