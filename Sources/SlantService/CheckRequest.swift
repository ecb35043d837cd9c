import SlantCore

/// The JSON body of `POST /v1/check` (docs/openapi.yaml, CheckRequest):
///
///     {"text": "...", "path": "story.md", "markup": "markdown", "config": "disable:\n  - hedge.*\n", "format": "json"}
///
/// Only `text` is required. `path` names the article in the report and picks its markup when
/// `markup` is absent (as `slant check` does by extension, then content); `config` is the text
/// of a `.slant.yml`; `format` is one of `slant check --format`'s (json by default).
struct CheckRequest: Decodable {
    static let defaultPath = "article.txt"

    let text: String
    let path: String?
    let markup: MarkupKind?
    let config: String?
    let format: String?
}
