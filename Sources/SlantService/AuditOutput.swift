import Foundation
import SlantCore
import SlantReporters

/// The report format of `POST /v1/audit`: `?format=` first, else the Accept header, else JSON.
/// Each renders through the CLI's own reporter (`AuditReporters`), so the service's bytes are
/// `slant audit --format X`'s, the annotated page (html) included.
struct AuditOutput {
    let identifier: String
    let contentType: String
    let reporter: any AuditReporter

    private static let formats: [(identifier: String, mediaTypes: [String], contentType: String)] = [
        ("json", ["application/json"], ServiceResponse.json),
        ("markdown", ["text/markdown", "text/x-markdown"], ServiceResponse.markdown),
        ("html", ["text/html"], ServiceResponse.html),
    ]

    static func negotiate(format: String?, accept: String?, rules: [LexiconRule] = []) throws(ServiceError) -> AuditOutput {
        if let format {
            guard let known = formats.first(where: { $0.identifier == format }) else {
                throw ServiceError(
                    .badRequest, code: "unknown-format",
                    message: "unknown format '\(format)'; use one of: \(formats.map(\.identifier).joined(separator: ", "))")
            }
            return try output(known, rules: rules)
        }
        guard let accept, !accept.isEmpty else { return try output(formats[0], rules: rules) }
        for mediaType in preferences(accept) {
            if mediaType == "*/*" || mediaType == "application/*" { return try output(formats[0], rules: rules) }
            if mediaType == "text/*" { return try output(formats[1], rules: rules) }
            if let known = formats.first(where: { $0.mediaTypes.contains(mediaType) }) { return try output(known, rules: rules) }
        }
        throw ServiceError(
            .notAcceptable, code: "not-acceptable",
            message: "Accept '\(accept)' names no report format; accepted: application/json, text/markdown, text/html")
    }

    /// Media types by their q value, highest first (ties in the order written); q=0 means "not this".
    private static func preferences(_ accept: String) -> [String] {
        let ranked = accept.split(separator: ",").enumerated().compactMap { index, item -> (String, Double, Int)? in
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let mediaType = parts.first, !mediaType.isEmpty else { return nil }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return quality > 0 ? (mediaType, quality, index) : nil
        }
        return ranked.sorted { ($1.1, $0.2) < ($0.1, $1.2) }.map(\.0)
    }

    private static func output(
        _ format: (identifier: String, mediaTypes: [String], contentType: String), rules: [LexiconRule]
    ) throws(ServiceError) -> AuditOutput {
        guard let reporter = AuditReporters.reporter(for: format.identifier, rules: rules) else {
            throw ServiceError(
                .notAcceptable, code: "format-unavailable",
                message: "\(format.identifier) output is not available in this build yet; ask for json or markdown")
        }
        return AuditOutput(identifier: format.identifier, contentType: format.contentType, reporter: reporter)
    }
}
