import Dispatch
import Foundation
import SlantCore

/// `slant lsp`: a Language Server over a pair of descriptors. Messages are read on the calling
/// thread and handled one at a time on a serial queue, which also runs the debounced checks,
/// so the documents need no other lock.
public final class LanguageServer: @unchecked Sendable {
    /// How long the text must rest before it is checked: typing does not re-check every key.
    static let debounce: DispatchTimeInterval = .milliseconds(300)

    private let queue = DispatchQueue(label: "slant.lsp")
    private let checker: DocumentChecker
    private var writer: MessageWriter?
    private var documents: [String: TextDocument] = [:]
    /// Findings of each document's version, for hover and code actions between checks.
    private var results: [String: (version: Int, result: DocumentChecker.Result)] = [:]
    /// Bumped by every change; a scheduled check runs only if no change came after it.
    private var generations: [String: Int] = [:]
    private var shutdownRequested = false

    public init(lexicons: @escaping ([String]) throws(LanguageServerProblem) -> CompiledLexicon) {
        checker = DocumentChecker(loadLexicons: lexicons)
    }

    /// Serves until the client's `exit` (or the end of input); true when it asked to shut down first.
    public func serve(input: Int32, output: Int32) -> Bool {
        let reader = MessageReader(descriptor: input)
        let writer = MessageWriter(descriptor: output)
        queue.sync { self.writer = writer }
        while true {
            let body: Data?
            do {
                body = try reader.next()
            } catch {
                FileHandle.standardError.write(Data("slant lsp: \(error)\n".utf8))
                return false
            }
            guard let body else { return queue.sync { shutdownRequested } }
            let exit = queue.sync { handle(body) }
            if exit { return queue.sync { shutdownRequested } }
        }
    }

    /// Handles one message; true for `exit`.
    private func handle(_ body: Data) -> Bool {
        guard let message = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any],
            let method = message["method"] as? String
        else {
            // A response to something we never sent, or not JSON at all.
            if (try? JSONSerialization.jsonObject(with: body)) == nil {
                writer?.send(LSPMessage.error(id: nil, code: LSPMessage.parseError, message: "the message is not JSON"))
            }
            return false
        }
        let id = message["id"]
        let params = message["params"] as? [String: Any] ?? [:]
        do throws(LanguageServerProblem) {
            switch method {
            case "initialize": respond(id, LSPMessage.initializeResult)
            case "initialized", "$/cancelRequest", "$/setTrace", "workspace/didChangeConfiguration": break
            case "shutdown":
                shutdownRequested = true
                respond(id, NSNull())
            case "exit": return true
            case "textDocument/didOpen": try didOpen(params)
            case "textDocument/didChange": try didChange(params)
            case "textDocument/didClose": didClose(params)
            case "textDocument/hover": respond(id, try hover(params))
            case "textDocument/codeAction": respond(id, try codeActions(params))
            default:
                if id != nil {
                    writer?.send(
                        LSPMessage.error(id: id, code: LSPMessage.methodNotFound, message: "unsupported method \(method)"))
                }
            }
        } catch {
            if id != nil {
                writer?.send(LSPMessage.error(id: id, code: LSPMessage.invalidParams, message: error.message))
            } else {
                showMessage(error.message)
            }
        }
        return false
    }

    private func respond(_ id: Any?, _ result: Any) {
        writer?.send(["jsonrpc": "2.0", "id": id ?? NSNull(), "result": result])
    }

    private func didOpen(_ params: [String: Any]) throws(LanguageServerProblem) {
        guard let item = params["textDocument"] as? [String: Any], let uri = item["uri"] as? String,
            let text = item["text"] as? String
        else { throw LanguageServerProblem(message: "didOpen without textDocument uri and text") }
        documents[uri] = TextDocument(
            uri: uri, languageId: item["languageId"] as? String ?? "", version: item["version"] as? Int ?? 0,
            bytes: Array(text.utf8))
        scheduleCheck(uri)
    }

    private func didChange(_ params: [String: Any]) throws(LanguageServerProblem) {
        guard let item = params["textDocument"] as? [String: Any], let uri = item["uri"] as? String,
            var document = documents[uri]
        else { throw LanguageServerProblem(message: "didChange for a document that is not open") }
        for change in params["contentChanges"] as? [[String: Any]] ?? [] { try document.apply(change) }
        document.version = item["version"] as? Int ?? document.version + 1
        documents[uri] = document
        scheduleCheck(uri)
    }

    private func didClose(_ params: [String: Any]) {
        guard let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String else { return }
        documents[uri] = nil
        results[uri] = nil
        generations[uri, default: 0] += 1
        publish(uri, diagnostics: [])
    }

    private func scheduleCheck(_ uri: String) {
        generations[uri, default: 0] += 1
        let generation = generations[uri]!
        queue.asyncAfter(deadline: .now() + Self.debounce) { [self] in
            guard generations[uri] == generation, let document = documents[uri] else { return }
            do throws(LanguageServerProblem) {
                let result = try findings(document)
                let index = LineIndex(document.bytes)
                publish(
                    uri, diagnostics: result.findings.map { LSPMessage.diagnostic($0, index: index) }, version: document.version)
            } catch {
                showMessage(error.message)
            }
        }
    }

    /// The document's findings, checked again only when its version changed.
    private func findings(_ document: TextDocument) throws(LanguageServerProblem) -> DocumentChecker.Result {
        if let cached = results[document.uri], cached.version == document.version { return cached.result }
        let result = try checker.check(document)
        results[document.uri] = (document.version, result)
        return result
    }

    private func publish(_ uri: String, diagnostics: [[String: Any]], version: Int? = nil) {
        var params: [String: Any] = ["uri": uri, "diagnostics": diagnostics]
        if let version { params["version"] = version }
        writer?.send(["jsonrpc": "2.0", "method": "textDocument/publishDiagnostics", "params": params])
    }

    private func showMessage(_ message: String) {
        writer?.send([
            "jsonrpc": "2.0", "method": "window/showMessage", "params": ["type": 1, "message": "slant: \(message)"],
        ])
    }

    /// The document, its line index and the byte offset of the request's position.
    private func located(_ params: [String: Any]) throws(LanguageServerProblem) -> (TextDocument, LineIndex) {
        guard let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String, let document = documents[uri] else {
            throw LanguageServerProblem(message: "the document is not open")
        }
        return (document, LineIndex(document.bytes))
    }

    private func hover(_ params: [String: Any]) throws(LanguageServerProblem) -> Any {
        let (document, index) = try located(params)
        guard let position = TextDocument.position(params["position"]) else {
            throw LanguageServerProblem(message: "hover without a position")
        }
        let offset = index.offset(line: position.line, character: position.character)
        let result = try findings(document)
        let here = result.findings.filter { $0.start <= offset && offset < $0.end }
        guard !here.isEmpty else { return NSNull() }
        let text = here.map { LSPMessage.hoverText($0, rule: result.checker.ruleInfo($0.ruleID)) }
            .joined(separator: "\n\n---\n\n")
        return [
            "contents": ["kind": "markdown", "value": text],
            "range": LSPMessage.range(here[0].start, here[0].end, index: index),
        ]
    }

    private func codeActions(_ params: [String: Any]) throws(LanguageServerProblem) -> Any {
        let (document, index) = try located(params)
        guard let range = params["range"] as? [String: Any], let start = TextDocument.position(range["start"]),
            let end = TextDocument.position(range["end"])
        else { throw LanguageServerProblem(message: "codeAction without a range") }
        let lower = index.offset(line: start.line, character: start.character)
        let upper = index.offset(line: end.line, character: end.character)
        let result = try findings(document)
        var actions: [[String: Any]] = []
        for finding in result.findings where finding.end > finding.start && finding.start <= upper && lower <= finding.end {
            for alternative in finding.alternatives {
                actions.append(LSPMessage.replacement(finding, with: alternative, uri: document.uri, index: index))
            }
        }
        return actions
    }
}
