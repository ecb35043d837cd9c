import Foundation
import SlantCore

/// Turns the inputs into raw records, in input order, on one thread: JSON Lines files into
/// lines, CSV into records, a directory into its article files. Parsing each record is left to
/// the workers. Reads in chunks; only the record being handed over is held.
struct CorpusReader {
    let fields: CorpusFields
    /// A record (line, row or file) longer than this is skipped as too large rather than held.
    let maxRecordBytes: Int
    /// Forces the format of every input that is not a directory; otherwise the extension decides
    /// and standard input is JSON Lines.
    let format: CorpusFormat?
    /// A sidecar manifest for directory inputs; without it, the directory's own `manifest.*`.
    let manifestPath: String?

    /// Reads one input. `emit` receives each record (it may block to bound the work in flight);
    /// `advanced` the bytes read so far from this input; `fail` what makes an input unreadable.
    func read(
        _ path: String, emit: (RawRecord) -> Void, advanced: (Int) -> Void, fail: (InputFailure) -> Void
    ) {
        var isDirectory: ObjCBool = false
        if path != "-" {
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                fail(InputFailure(file: path, problem: "no such file or directory"))
                return
            }
        }
        if isDirectory.boolValue {
            readDirectory(path, emit: emit, advanced: advanced, fail: fail)
            return
        }
        let resolved =
            format ?? (path == "-" ? .jsonLines : CorpusFormat.forExtension(GzipInput.formatExtension(of: path)))
        guard let resolved, resolved != .directory else {
            // A process substitution (`<(zcat corpus.jsonl.gz)`) is a pipe named /dev/fd/63.
            let stream = InputFile.specialKind(path: path).map { " (\($0), which has no extension)" } ?? ""
            fail(
                InputFailure(
                    file: path,
                    problem: "cannot tell the format from the extension\(stream); use --input-format jsonl, csv, tsv or text"))
            return
        }
        let gzip: GzipInput?
        do {
            gzip = GzipInput.isCompressed(path) ? try GzipInput(path: path) : nil
        } catch {
            fail(InputFailure(file: path, problem: "cannot start gzip to decompress it: \(error.localizedDescription)"))
            return
        }
        let handle: FileHandle
        if let gzip {
            handle = gzip.output
        } else if path == "-" {
            handle = FileHandle.standardInput
        } else {
            do throws(InputFile.Failure) {
                handle = FileHandle(fileDescriptor: try InputFile.open(path: path), closeOnDealloc: false)
            } catch {
                fail(InputFailure(file: path, problem: "cannot open: \(error.reason)"))
                return
            }
        }
        let stream = ByteStream(handle: handle, closesHandle: path != "-" && gzip == nil)
        defer {
            if let problem = gzip?.finish() { fail(InputFailure(file: path, problem: problem)) }
        }
        do {
            if let encoding = UTF16Signature.encoding(of: try stream.prefix()) {
                fail(InputFailure(file: path, problem: UTF16Signature.advice(encoding)))
                return
            }
            switch resolved {
            case .jsonLines: try readJSONLines(path, stream: stream, emit: emit, advanced: advanced, fail: fail)
            case .csv: try readCSV(path, stream: stream, delimiter: UInt8(ascii: ","), emit: emit, advanced: advanced, fail: fail)
            case .tsv:
                try readCSV(path, stream: stream, delimiter: UInt8(ascii: "\t"), emit: emit, advanced: advanced, fail: fail)
            case .text, .directory: try readArticle(path, stream: stream, emit: emit, advanced: advanced)
            }
        } catch {
            fail(InputFailure(file: path, problem: "read error after \(stream.bytesRead) bytes: \(error.localizedDescription)"))
        }
    }

    private func readJSONLines(
        _ path: String, stream: ByteStream, emit: (RawRecord) -> Void, advanced: (Int) -> Void, fail: (InputFailure) -> Void
    ) throws {
        let lines = ByteLineReader(stream: stream, maxBytes: maxRecordBytes)
        var first = true
        while let (number, content) = try lines.next() {
            switch content {
            case .bytes(let bytes):
                // A byte-order mark opening the file (or a line where files were joined) is no text.
                let signature = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
                guard let firstByte = bytes[signature...].first(where: { !Self.isWhitespace($0) }) else { continue }
                if first && firstByte == UInt8(ascii: "[") {
                    fail(
                        InputFailure(
                            file: path,
                            problem: "a JSON array, not JSON Lines: write one object per line (e.g. jq -c '.[]' \(path))"))
                    return
                }
                emit(RawRecord(file: path, line: number, payload: .jsonLine(bytes)))
            case .oversized(let count):
                emit(RawRecord(file: path, line: number, payload: .rejected(.tooLarge, detail: tooLarge(count))))
            }
            first = false
            advanced(lines.bytesRead)
        }
    }

    private func readCSV(
        _ path: String, stream: ByteStream, delimiter: UInt8, emit: (RawRecord) -> Void, advanced: (Int) -> Void,
        fail: (InputFailure) -> Void
    ) throws {
        let splitter = CSVRecordSplitter(stream: stream, delimiter: delimiter, maxBytes: maxRecordBytes)
        guard let (_, first) = try splitter.next() else { return }
        guard case .bytes(var headerBytes) = first, UTF8Check.firstInvalidOffset(in: headerBytes) == nil else {
            fail(InputFailure(file: path, line: 1, problem: "the header row is unreadable (too long, unterminated or not UTF-8)"))
            return
        }
        if headerBytes.starts(with: [0xEF, 0xBB, 0xBF]) { headerBytes.removeFirst(3) }
        let names = CSVRowParser.fields(of: headerBytes, delimiter: delimiter).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let header = CSVHeader(names: names, delimiter: delimiter)
        if !names.contains(fields.text) {
            fail(
                InputFailure(
                    file: path, line: 1, problem: "the header has no \"\(fields.text)\" column; every row will be skipped"))
        }
        while let (line, content) = try splitter.next() {
            switch content {
            case .bytes(let bytes): emit(RawRecord(file: path, line: line, payload: .csvRow(bytes, header: header)))
            case .oversized(let count):
                emit(RawRecord(file: path, line: line, payload: .rejected(.tooLarge, detail: tooLarge(count))))
            case .unterminatedQuote:
                emit(
                    RawRecord(
                        file: path, line: line,
                        payload: .rejected(
                            .malformedCSV, detail: "a quoted field opened here is never closed (the file ends inside it)")))
            }
            advanced(splitter.bytesRead)
        }
    }

    private func readArticle(_ path: String, stream: ByteStream, emit: (RawRecord) -> Void, advanced: (Int) -> Void) throws {
        var bytes: [UInt8] = []
        var total = 0
        while let chunk = try stream.nextChunk() {
            total += chunk.count
            if total <= maxRecordBytes { bytes += chunk } else { bytes = [] }
            advanced(stream.bytesRead)
        }
        let name = path == "-" ? "-" : (path as NSString).lastPathComponent
        emit(
            RawRecord(
                file: path, line: 1,
                payload: total > maxRecordBytes
                    ? .rejected(.tooLarge, detail: tooLarge(total)) : .articleFile(bytes, relativePath: name, manifest: nil)))
    }

    private func readDirectory(
        _ directory: String, emit: (RawRecord) -> Void, advanced: (Int) -> Void, fail: (InputFailure) -> Void
    ) {
        let manager = FileManager.default
        guard let subpaths = try? manager.subpathsOfDirectory(atPath: directory) else {
            fail(InputFailure(file: directory, problem: "cannot list the directory"))
            return
        }
        var manifest: ArticleManifest?
        let manifestFile =
            manifestPath
            ?? ArticleManifest.defaultNames.map { (directory as NSString).appendingPathComponent($0) }
            .first { manager.fileExists(atPath: $0) }
        if let manifestFile {
            let (loaded, failures) = ArticleManifest.load(path: manifestFile, fields: fields, maxRecordBytes: maxRecordBytes)
            failures.forEach(fail)
            manifest = loaded
        }
        // Byte order of the relative paths: the same on every platform and every run.
        let articles = subpaths.filter { subpath in
            !subpath.split(separator: "/").contains { $0.hasPrefix(".") }
                && CorpusFormat.articleExtensions.contains((subpath as NSString).pathExtension.lowercased())
        }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        var seen = Set<String>()
        var bytesRead = 0
        for relative in articles {
            let path = (directory as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            seen.insert(relative)
            let size = (try? manager.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            let row = manifest?.rows[relative]?.fields
            if let kind = InputFile.specialKind(path: path) {
                // Reading a FIFO nobody writes to would wait forever.
                emit(RawRecord(file: path, line: 1, payload: .rejected(.unreadable, detail: "\(kind), not a regular file")))
            } else if size > maxRecordBytes {
                emit(RawRecord(file: path, line: 1, payload: .rejected(.tooLarge, detail: tooLarge(size))))
            } else {
                do throws(InputFile.Failure) {
                    let bytes = try InputFile.readAll(path: path)
                    if let encoding = UTF16Signature.encoding(of: bytes) {
                        emit(
                            RawRecord(
                                file: path, line: 1, payload: .rejected(.invalidUTF8, detail: UTF16Signature.advice(encoding))))
                    } else {
                        emit(RawRecord(file: path, line: 1, payload: .articleFile(bytes, relativePath: relative, manifest: row)))
                    }
                } catch {
                    emit(RawRecord(file: path, line: 1, payload: .rejected(.unreadable, detail: error.reason)))
                }
            }
            bytesRead += size
            advanced(bytesRead)
        }
        if let manifest {
            for (file, row) in manifest.rows.sorted(by: { $0.value.line < $1.value.line }) where !seen.contains(file) {
                fail(
                    InputFailure(
                        file: manifest.path, line: row.line,
                        problem: "names \(file), which is not an article file in \(directory)"))
            }
        }
    }

    private func tooLarge(_ count: Int) -> String {
        "\(count) bytes, over the limit of \(maxRecordBytes) bytes (--max-record-bytes)"
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
