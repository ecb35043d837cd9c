import Testing

@testable import SlantBatch

/// `BatchRunner` queues records in batches; a batch is full at `maxRecords` records or at
/// `maxBytes` bytes, whichever comes first, and `take` empties it.
@Suite struct RecordBatchTests {
    static func record(bytes: Int, line: Int = 1) -> RawRecord {
        RawRecord(file: "corpus.jsonl", line: line, payload: .jsonLine([UInt8](repeating: 0x61, count: bytes)))
    }

    @Test func fullAfterMaxRecordsShortRecords() {
        var batch = RecordBatch()
        for line in 1..<RecordBatch.maxRecords {
            let full = batch.add(Self.record(bytes: 10, line: line))
            #expect(!full)
        }
        let lastOneFills = batch.add(Self.record(bytes: 10, line: RecordBatch.maxRecords))
        #expect(lastOneFills)
        let records = batch.take()
        #expect(records.map(\.line) == Array(1...RecordBatch.maxRecords))
        #expect(batch.isEmpty)
    }

    @Test func fullOnceTheBytesReachTheLimit() {
        var batch = RecordBatch()
        let justUnderFills = batch.add(Self.record(bytes: RecordBatch.maxBytes - 1))
        #expect(!justUnderFills)
        let oneMoreByteFills = batch.add(Self.record(bytes: 1))
        #expect(oneMoreByteFills)
        _ = batch.take()
        // The count of bytes starts again after `take`.
        let afterTakeUnderFills = batch.add(Self.record(bytes: RecordBatch.maxBytes - 1))
        #expect(!afterTakeUnderFills)
        let afterTakeOverFills = batch.add(Self.record(bytes: RecordBatch.maxBytes))
        #expect(afterTakeOverFills)
    }

    @Test func rejectedRecordsCountNoBytes() {
        var batch = RecordBatch()
        let rejectedFills = batch.add(RawRecord(file: "corpus.jsonl", line: 3, payload: .rejected(.tooLarge, detail: "x")))
        #expect(!rejectedFills)
        #expect(batch.records.count == 1)
    }
}
