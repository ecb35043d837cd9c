import Foundation

/// The sidecar manifest of a directory of articles: one row per article file, naming the file
/// (relative to the directory) and its metadata. CSV, TSV, JSON Lines, or a JSON array of
/// objects. Kept in memory whole: it is one small row per file.
struct ArticleManifest: Sendable {
    struct Row: Sendable {
        let line: Int
        let fields: [String: String]
    }

    /// Looked for in the directory itself when no `--manifest` is given.
    static let defaultNames = ["manifest.csv", "manifest.tsv", "manifest.jsonl", "manifest.json"]

    let path: String
    private(set) var rows: [String: Row] = [:]

    /// Reads the manifest; rows it cannot use are returned as failures with their line.
    static func load(path: String, fields: CorpusFields, maxRecordBytes: Int) -> (ArticleManifest, [InputFailure]) {
        var manifest = ArticleManifest(path: path)
        var failures: [InputFailure] = []
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return (manifest, [InputFailure(file: path, problem: "cannot read the manifest")])
        }
        let stream = ByteStream(handle: handle, closesHandle: true)
        func add(_ values: [String: String], line: Int) {
            guard let file = FieldValue.nonBlank(values[fields.file]) else {
                failures.append(InputFailure(file: path, line: line, problem: "manifest row has no \"\(fields.file)\" field"))
                return
            }
            let key = normalized(file)
            if let earlier = manifest.rows[key] {
                failures.append(
                    InputFailure(
                        file: path, line: line,
                        problem: "\(file) is already described on line \(earlier.line); this row is ignored"))
                return
            }
            manifest.rows[key] = Row(line: line, fields: values)
        }
        do {
            switch CorpusFormat.forExtension((path as NSString).pathExtension) {
            case .csv, .tsv:
                let delimiter = (path as NSString).pathExtension.lowercased() == "csv" ? UInt8(ascii: ",") : UInt8(ascii: "\t")
                let splitter = CSVRecordSplitter(stream: stream, delimiter: delimiter, maxBytes: maxRecordBytes)
                guard let (_, first) = try splitter.next(), case .bytes(var headerBytes) = first else {
                    return (manifest, [InputFailure(file: path, problem: "the manifest has no header row")])
                }
                // Excel writes a byte-order mark before the first column's name.
                if headerBytes.starts(with: [0xEF, 0xBB, 0xBF]) { headerBytes.removeFirst(3) }
                let header = CSVRowParser.fields(of: headerBytes, delimiter: delimiter).map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                while let (line, content) = try splitter.next() {
                    guard case .bytes(let bytes) = content, UTF8Check.firstInvalidOffset(in: bytes) == nil else {
                        failures.append(InputFailure(file: path, line: line, problem: "unreadable manifest row"))
                        continue
                    }
                    let values = CSVRowParser.fields(of: bytes, delimiter: delimiter)
                    guard values.count == header.count else {
                        failures.append(
                            InputFailure(
                                file: path, line: line,
                                problem: "manifest row has \(values.count) fields, the header \(header.count)"))
                        continue
                    }
                    add(Dictionary(zip(header, values), uniquingKeysWith: { first, _ in first }), line: line)
                }
            default:
                var data: [UInt8] = []
                while let chunk = try stream.nextChunk() { data += chunk }
                if let offset = UTF8Check.firstInvalidOffset(in: data) {
                    let (line, column) = UTF8Check.location(of: offset, in: data)
                    return (manifest, [InputFailure(file: path, line: line, problem: "invalid UTF-8 at column \(column)")])
                }
                let names = [fields.file, fields.group, fields.id, fields.title, fields.date, fields.url]
                func row(_ value: JSONValue, line: Int, element: String) {
                    guard case .object(let members) = value else {
                        failures.append(
                            InputFailure(file: path, line: line, problem: "\(element) is \(value.kind), not a JSON object"))
                        return
                    }
                    switch JSONRecordFields.unique(members).flatMap({ JSONRecordFields.text(of: names, in: $0) }) {
                    case .success(let values): add(values, line: line)
                    case .failure(let problem): failures.append(InputFailure(file: path, line: line, problem: problem.message))
                    }
                }
                let signature = data.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
                if data[signature...].first(where: { !isWhitespace($0) }) == UInt8(ascii: "[") {
                    let elements: [JSONValue]
                    do throws(JSONSyntaxError) {
                        guard case .array(let array) = try JSONParser.parse(data) else {
                            throw JSONSyntaxError(offset: 0, message: "not an array")
                        }
                        elements = array
                    } catch {
                        let (line, column) = UTF8Check.location(of: error.offset, in: data)
                        return (
                            manifest,
                            [
                                InputFailure(
                                    file: path, line: line,
                                    problem: "the manifest is not a JSON array of objects: \(error.message) (column \(column))")
                            ]
                        )
                    }
                    // A JSON array has no lines of its own: rows are numbered by element.
                    for (index, element) in elements.enumerated() {
                        row(element, line: index + 1, element: "element \(index + 1)")
                    }
                } else {
                    for (index, line) in data.split(omittingEmptySubsequences: false, whereSeparator: { $0 == 0x0A })
                        .enumerated()
                    where line.contains(where: { !isWhitespace($0) }) {
                        guard let value = try? JSONParser.parse(Array(line)) else {
                            failures.append(
                                InputFailure(file: path, line: index + 1, problem: "manifest line is not a JSON object"))
                            continue
                        }
                        row(value, line: index + 1, element: "the line")
                    }
                }
            }
        } catch {
            failures.append(InputFailure(file: path, problem: "cannot read the manifest: \(error.localizedDescription)"))
        }
        return (manifest, failures)
    }

    /// "./a/b.txt" and "a/b.txt" name the same file.
    static func normalized(_ path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
