/// Records queued together as one job of the `OrderedWorkQueue`: up to `maxRecords`, or fewer
/// once their bytes reach `maxBytes`. A worker's wake-up is then shared by many short articles
/// (one per record cost about a tenth of `slant compare`'s time on a corpus of mostly off-topic
/// articles), while the bytes waiting in the queue stay bounded.
struct RecordBatch {
    static let maxRecords = 32
    static let maxBytes = 256 << 10

    private(set) var records: [RawRecord] = []
    private var bytes = 0

    var isEmpty: Bool { records.isEmpty }

    /// Adds `record`; true when the batch is full and should be queued.
    mutating func add(_ record: RawRecord) -> Bool {
        records.append(record)
        bytes += Self.size(of: record.payload)
        return records.count >= Self.maxRecords || bytes >= Self.maxBytes
    }

    /// The records so far, leaving the batch empty.
    mutating func take() -> [RawRecord] {
        defer {
            records = []
            bytes = 0
        }
        return records
    }

    private static func size(of payload: RawRecord.Payload) -> Int {
        switch payload {
        case .jsonLine(let bytes), .csvRow(let bytes, _), .articleFile(let bytes, _, _): bytes.count
        case .rejected: 0
        }
    }
}
