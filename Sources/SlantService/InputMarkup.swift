import Foundation
import SlantCore

/// The markup of a request body, from its Content-Type: plain text, Markdown or HTML, in UTF-8.
enum InputMarkup {
    static let accepted = "text/plain, text/markdown or text/html (UTF-8)"

    static func from(contentType: String?) throws(ServiceError) -> MarkupKind {
        guard let contentType, !contentType.isEmpty else {
            throw ServiceError(
                .unsupportedMediaType, code: "unsupported-media-type",
                message: "the request has no Content-Type; send \(accepted)")
        }
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        for parameter in parts.dropFirst() where parameter.hasPrefix("charset=") {
            let charset = parameter.dropFirst("charset=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            guard charset == "utf-8" || charset == "utf8" || charset == "us-ascii" else {
                throw ServiceError(
                    .unsupportedMediaType, code: "unsupported-charset",
                    message: "charset '\(charset)' is not read; slant reads UTF-8 text (convert it first)")
            }
        }
        switch parts.first ?? "" {
        case "text/plain": return .text
        case "text/markdown", "text/x-markdown": return .markdown
        case "text/html", "application/xhtml+xml": return .html
        default:
            throw ServiceError(
                .unsupportedMediaType, code: "unsupported-media-type",
                message: "Content-Type '\(contentType)' is not read; send \(accepted)")
        }
    }
}
