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
                guard let (_, first) = try splitter.next(), case .bytes(let headerBytes) = first else {
                    return (manifest, [InputFailure(file: path, problem: "the manifest has no header row")])
                }
                let header = CSVRowParser.fields(of: headerBytes, delimiter: delimiter)
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
                if data.first(where: { !isWhitespace($0) }) == UInt8(ascii: "[") {
                    guard let array = try? JSONSerialization.jsonObject(with: Data(data)) as? [Any] else {
                        return (manifest, [InputFailure(file: path, problem: "the manifest is not a JSON array of objects")])
                    }
                    for (index, element) in array.enumerated() {
                        guard let object = element as? [String: Any] else {
                            failures.append(InputFailure(file: path, problem: "element \(index + 1) is not a JSON object"))
                            continue
                        }
                        add(object.compactMapValues(FieldValue.string), line: index + 1)
                    }
                } else {
                    for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated()
                    where line.contains(where: { !isWhitespace($0) }) {
                        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                            failures.append(
                                InputFailure(file: path, line: index + 1, problem: "manifest line is not a JSON object"))
                            continue
                        }
                        add(object.compactMapValues(FieldValue.string), line: index + 1)
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
