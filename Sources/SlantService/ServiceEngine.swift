import Foundation
import PCRE2
import SlantCore
import SlantReporters

/// What the endpoints compute, free of HTTP: the lexicon compiled once at start, then each
/// request's audit or check exactly as the `slant` command line makes it, so the bytes match.
public struct ServiceEngine: Sendable {
    /// The checks' auditor (one side pack, as `slant check`).
    public let auditor: Auditor
    /// The audits' auditor: the side pack chosen per article, as `slant audit` does.
    private let articleAuditor: SidePackAuditor
    /// The rules, for the annotated page's explanations.
    public let lexiconRules: [LexiconRule]
    private let defaultChecker: Checker
    /// `GET /v1/rules` and each rule's document, rendered once: they never change while running.
    private let rulesDocument: [UInt8]
    private let ruleDocuments: [String: [UInt8]]
    private let ruleIDs: [String]

    public init(compiled: CompiledLexicon) {
        auditor = Auditor(compiled: compiled)
        articleAuditor = SidePackAuditor(lexicon: compiled.lexicon, compiled: compiled, chosen: nil)
        lexiconRules = compiled.lexicon.rules
        let checker = Checker(auditor: auditor, configuration: .defaults)
        defaultChecker = checker
        let ids = compiled.lexicon.rules.map(\.id) + BuiltInCheckRules.all.map(\.id)
        let infos = ids.compactMap { checker.ruleInfo($0) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        ruleIDs = infos.map(\.id)
        // Encoding plain Codable values of our own cannot fail.
        rulesDocument = Array(try! encoder.encode(["rules": infos])) + [0x0A]
        ruleDocuments = Dictionary(
            infos.map { ($0.id, Array(try! encoder.encode($0)) + [0x0A]) }, uniquingKeysWith: { first, _ in first })
    }

    /// `POST /v1/audit`: the audit of the body's prose. Plain text is audited as it is, as by
    /// `slant audit`; Markdown and HTML first lose their markup, as in `slant check`.
    /// Returns the audited text too: the annotated page marks the findings on it.
    public func audit(_ body: [UInt8], name: String, markup: MarkupKind) throws(ServiceError) -> (
        audit: ArticleAudit, source: SourceText
    ) {
        let source = try Self.decode(body, name: name)
        let prose = markup == .text ? source : ProseExtractor.extract(source, markup: markup).prose
        return (articleAuditor.audit(prose), prose)
    }

    /// `POST /v1/check`: the report `slant check --format FORMAT --config C PATH` prints.
    func check(_ body: [UInt8]) throws(ServiceError) -> (report: String, contentType: String) {
        _ = try Self.decode(body, name: "request body")
        let request: CheckRequest
        do {
            request = try JSONDecoder().decode(CheckRequest.self, from: Data(body))
        } catch {
            throw ServiceError(
                .badRequest, code: "invalid-json", message: "the body is not a check request: \(Self.describe(error))")
        }
        let format = request.format ?? JSONCheckReporter.identifier
        guard let reporter = CheckReporters.reporter(for: format) else {
            throw ServiceError(
                .badRequest, code: "unknown-format",
                message: "unknown format '\(format)'; use one of: \(CheckReporters.identifiers.joined(separator: ", "))")
        }
        let checker =
            try request.config.map { text throws(ServiceError) in
                Checker(auditor: auditor, configuration: try configuration(text))
            } ?? defaultChecker
        let path = request.path ?? CheckRequest.defaultPath
        let source = try Self.decode(Array(request.text.utf8), name: path)
        let markup = request.markup ?? MarkupKind.detect(path: path, bytes: source.bytes)
        var checked: [CheckedFile] = []
        var unreadable = 0
        do throws(InputProblem) {
            checked.append(try checker.check(source, path: path, markup: markup))
        } catch {
            // As `slant check` counts a file it cannot check: the report says so.
            unreadable = 1
        }
        let contentType =
            format == JSONCheckReporter.identifier || format == SARIFCheckReporter.identifier
            ? ServiceResponse.json
            : (format == MarkdownCheckReporter.identifier ? ServiceResponse.markdown : ServiceResponse.text)
        return (reporter.render(checker.report(files: checked, unreadable: unreadable)), contentType)
    }

    var rules: [UInt8] { rulesDocument }

    func rule(_ id: String) throws(ServiceError) -> [UInt8] {
        if let document = ruleDocuments[id] { return document }
        let suggestion = ClosestMatch.find(id, among: ruleIDs).map { "; did you mean '\($0)'?" } ?? ""
        throw ServiceError(
            .notFound, code: "unknown-rule", message: "unknown rule '\(id)'\(suggestion) (GET /v1/rules lists them)")
    }

    /// A `.slant.yml` sent in the request, checked as `slant check` checks the file. Lexicon
    /// directories are refused: they would make the service read its own machine's files.
    private func configuration(_ text: String) throws(ServiceError) -> CheckConfiguration {
        let file = ".slant.yml"
        let configuration: CheckConfiguration
        do throws(ConfigurationProblem) {
            configuration = try CheckConfigurationLoader.parse(text, file: file, directory: "")
        } catch {
            throw ServiceError(.unprocessableContent, code: "invalid-configuration", message: error.description)
        }
        if !configuration.lexiconDirectories.isEmpty {
            let line =
                text.split(separator: "\n", omittingEmptySubsequences: false)
                .firstIndex { $0.hasPrefix("lexicons:") }.map { ":\($0 + 1)" } ?? ""
            throw ServiceError(
                .unprocessableContent, code: "invalid-configuration",
                message:
                    "\(file)\(line): 'lexicons' is not accepted by the service: it checks with the lexicons it was started with")
        }
        if let problem = configuration.problems(against: auditor.compiled.lexicon).first {
            throw ServiceError(.unprocessableContent, code: "invalid-configuration", message: problem.description)
        }
        return configuration
    }

    /// The body as text, or 400 naming the byte where it stops being UTF-8.
    static func decode(_ bytes: [UInt8], name: String) throws(ServiceError) -> SourceText {
        do throws(InputProblem) {
            return try InputDecoder.decode(bytes, name: name)
        } catch {
            let code =
                switch error {
                case .invalidUTF8: "invalid-utf8"
                case .binary: "binary-input"
                case .empty: "empty-input"
                case .unreadable: "unreadable-input"
                }
            throw ServiceError(.badRequest, code: code, message: error.description)
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "'\(key.stringValue)' is required"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "'\(context.codingPath.map(\.stringValue).joined(separator: "."))': \(context.debugDescription)"
        case DecodingError.dataCorrupted(let context): "malformed JSON (\(context.debugDescription))"
        default: "\(error)"
        }
    }
}
