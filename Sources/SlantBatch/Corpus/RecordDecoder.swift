import Foundation

/// Parses one raw record into an article with its metadata, or says why it cannot be one.
/// Runs on the workers, in parallel.
struct RecordDecoder: Sendable {
    enum Outcome: Sendable {
        case article(CorpusRecord)
        case skipped(SkippedRecord)
    }

    let fields: CorpusFields
    /// The members a JSON Lines record is read for; the others are checked and skipped.
    private let jsonNames: Set<String>

    init(fields: CorpusFields) {
        self.fields = fields
        var names: Set<String> = [fields.text, fields.group, fields.id, fields.title, fields.date, fields.url]
        if let opinion = fields.opinion { names.insert(opinion) }
        if let event = fields.event { names.insert(event) }
        jsonNames = names
    }

    func decode(_ raw: RawRecord) -> Outcome {
        switch raw.payload {
        case .rejected(let reason, let detail): skip(raw, reason, detail)
        case .jsonLine(let bytes): decodeJSON(raw, bytes)
        case .csvRow(let bytes, let header): decodeCSV(raw, bytes, header)
        case .articleFile(let bytes, let relativePath, let manifest): decodeFile(raw, bytes, relativePath, manifest)
        }
    }

    private func decodeJSON(_ raw: RawRecord, _ bytes: [UInt8]) -> Outcome {
        if let offset = UTF8Check.firstInvalidOffset(in: bytes) {
            let (_, column) = UTF8Check.location(of: offset, in: bytes)
            return skip(raw, .invalidUTF8, "invalid UTF-8 at byte \(offset) of the line (column \(column))")
        }
        let values: [String: JSONValue]
        do {
            switch try JSONParser.selectFields(jsonNames, from: bytes) {
            case .notAnObject(let kind): return skip(raw, .notAnObject, "the line is \(kind), not a JSON object")
            case .object(_, let duplicate?):
                return skip(raw, .malformedJSON, JSONRecordFields.duplicateMessage(duplicate))
            case .object(let selected, nil): values = selected
            }
        } catch {
            let (_, column) = UTF8Check.location(of: error.offset, in: bytes)
            return skip(raw, .malformedJSON, "not valid JSON: \(error.message) (column \(column))")
        }
        guard let textValue = values[fields.text], !textValue.isNull else {
            return skip(raw, .missingField, "no \"\(fields.text)\" field")
        }
        guard case .string(let text) = textValue else {
            return skip(raw, .missingField, "field \"\(fields.text)\" must be a string, got \(textValue.kind)")
        }
        let names = [fields.group, fields.id, fields.title, fields.date, fields.url] + [fields.event].compactMap { $0 }
        switch JSONRecordFields.text(of: names, in: values, required: fields.group) {
        case .success(var metadata):
            // A boolean marks an opinion piece as well as a string does.
            if let field = fields.opinion, let value = values[field] {
                switch value {
                case .bool(let flag): metadata[field] = flag ? "true" : "false"
                case .string(let bytes): metadata[field] = String(decoding: bytes, as: UTF8.self)
                case .number(let number): metadata[field] = number
                default: break
                }
            }
            return article(raw, text: text, metadata: metadata)
        case .failure(let problem): return skip(raw, .missingField, problem.message)
        }
    }

    private func decodeCSV(_ raw: RawRecord, _ bytes: [UInt8], _ header: CSVHeader) -> Outcome {
        if let offset = UTF8Check.firstInvalidOffset(in: bytes) {
            let (line, column) = UTF8Check.location(of: offset, in: bytes, firstLine: raw.line)
            return skip(raw, .invalidUTF8, "invalid UTF-8 at line \(line), column \(column)")
        }
        let values = CSVRowParser.fields(of: bytes, delimiter: header.delimiter)
        if values.count < header.names.count {
            let missing = header.names[values.count...].map { "\"\($0)\"" }.joined(separator: ", ")
            return skip(
                raw, .missingField, "the row has \(values.count) of the header's \(header.names.count) fields; missing \(missing)"
            )
        }
        if values.count > header.names.count {
            return skip(raw, .malformedCSV, "the row has \(values.count) fields, the header \(header.names.count)")
        }
        let metadata = Dictionary(zip(header.names, values), uniquingKeysWith: { first, _ in first })
        guard let text = metadata[fields.text] else { return skip(raw, .missingField, "no \"\(fields.text)\" column") }
        return article(raw, text: Array(text.utf8), metadata: metadata)
    }

    private func decodeFile(_ raw: RawRecord, _ bytes: [UInt8], _ relativePath: String, _ manifest: [String: String]?)
        -> Outcome
    {
        let split: FrontMatter.Split
        do {
            split = try FrontMatter.split(bytes)
        } catch {
            return skip(raw, .malformedFrontMatter, "line \(error.line): \(error.message)")
        }
        // Front matter, being in the file itself, wins over the manifest.
        var metadata = manifest ?? [:]
        metadata.merge(split.fields) { _, own in own }
        if metadata[fields.id] == nil { metadata[fields.id] = relativePath }
        return article(raw, text: split.body, metadata: metadata)
    }

    private func article(_ raw: RawRecord, text: [UInt8], metadata: [String: String]) -> Outcome {
        guard let group = FieldValue.nonBlank(metadata[fields.group]) else {
            return skip(raw, .missingField, "no \"\(fields.group)\" to group by")
        }
        return .article(
            CorpusRecord(
                file: raw.file, line: raw.line, id: FieldValue.nonBlank(metadata[fields.id]), group: group,
                title: FieldValue.nonBlank(metadata[fields.title]), date: FieldValue.nonBlank(metadata[fields.date]),
                url: FieldValue.nonBlank(metadata[fields.url]), text: text, opinion: fields.opinion.flatMap { metadata[$0] },
                event: fields.event.flatMap { FieldValue.nonBlank(metadata[$0]) }))
    }

    private func skip(_ raw: RawRecord, _ reason: SkipReason, _ detail: String) -> Outcome {
        .skipped(SkippedRecord(file: raw.file, line: raw.line, reason: reason, detail: detail))
    }
}
