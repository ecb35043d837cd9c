/// docs/openapi.yaml, served at /openapi.yaml: compiled in so the binary serves it from any
/// directory. A service test checks that the two are the same bytes; after editing the YAML,
/// copy it here (between the quotes, indented by eight spaces).
enum OpenAPIDocument {
    static let yaml = #"""
        openapi: 3.1.0
        info:
          title: slant
          version: 0.1.0
          summary: Framing audits and pre-publication checks of news articles, over HTTP.
          description: |
            `slant serve` answers with the same bytes as the command line: `POST /v1/audit` as
            `slant audit --format FORMAT`, `POST /v1/check` as `slant check --format FORMAT`.
            Nothing is stored. Every refusal is a JSON body `{"error": {"code": ..., "message": ...}}`.
            Limits: the body size (`--max-body-bytes`, 1 MiB by default), the time to send it
            (`--body-timeout`), audits at once (`--concurrency`, one per core) and requests waiting
            for one (`--queue`); each audit's own work is bounded by the engine's step budget.
          license:
            name: See the repository
        servers:
          - url: http://127.0.0.1:8080
        paths:
          /v1/audit:
            post:
              summary: Audit one article.
              description: |
                The body is the article: plain text, Markdown or HTML by its Content-Type. Markdown and
                HTML lose their markup first, as in `slant check`; plain text is audited as it is, as by
                `slant audit`. The report is JSON, Markdown or HTML by `?format=`, else by Accept
                (JSON when Accept is absent or `*/*`).
              parameters:
                - name: format
                  in: query
                  required: false
                  schema: {type: string, enum: [json, markdown, html]}
                - name: name
                  in: query
                  required: false
                  description: How the article is named in the report (default "request").
                  schema: {type: string}
              requestBody:
                required: true
                content:
                  text/plain:
                    schema: {type: string}
                  text/markdown:
                    schema: {type: string}
                  text/html:
                    schema: {type: string}
              responses:
                "200":
                  description: The report, byte for byte `slant audit`'s for the same text and name.
                  content:
                    application/json:
                      schema: {type: object}
                    text/markdown:
                      schema: {type: string}
                    text/html:
                      schema: {type: string}
                "400": {$ref: "#/components/responses/BadRequest"}
                "406": {$ref: "#/components/responses/NotAcceptable"}
                "408": {$ref: "#/components/responses/RequestTimeout"}
                "413": {$ref: "#/components/responses/ContentTooLarge"}
                "415": {$ref: "#/components/responses/UnsupportedMediaType"}
                "503": {$ref: "#/components/responses/Busy"}
          /v1/check:
            post:
              summary: Check one article under a configuration, as `slant check`.
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/CheckRequest"}
              responses:
                "200":
                  description: The check report, byte for byte `slant check --format FORMAT --config C PATH`'s.
                  content:
                    application/json:
                      schema: {type: object}
                    text/plain:
                      schema: {type: string}
                    text/markdown:
                      schema: {type: string}
                "400": {$ref: "#/components/responses/BadRequest"}
                "408": {$ref: "#/components/responses/RequestTimeout"}
                "413": {$ref: "#/components/responses/ContentTooLarge"}
                "415": {$ref: "#/components/responses/UnsupportedMediaType"}
                "422":
                  description: The configuration is wrong; the message names its line.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Error"}
                "503": {$ref: "#/components/responses/Busy"}
          /v1/rules:
            get:
              summary: Every rule, as `slant explain` describes it.
              responses:
                "200":
                  description: The rules.
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [rules]
                        properties:
                          rules:
                            type: array
                            items: {$ref: "#/components/schemas/Rule"}
          /v1/rules/{id}:
            get:
              summary: One rule.
              parameters:
                - name: id
                  in: path
                  required: true
                  schema: {type: string}
              responses:
                "200":
                  description: The rule.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Rule"}
                "404":
                  description: No such rule; the message names the closest one.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Error"}
          /healthz:
            get:
              summary: Whether the service answers.
              responses:
                "200":
                  description: It does.
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          status: {type: string, const: ok}
          /openapi.yaml:
            get:
              summary: This document.
              responses:
                "200":
                  description: The OpenAPI document.
                  content:
                    application/yaml:
                      schema: {type: string}
          /:
            get:
              summary: A page where a person pastes an article and reads its report.
              responses:
                "200":
                  description: A self-contained HTML page (no network loads but its own requests to this service).
                  content:
                    text/html:
                      schema: {type: string}
        components:
          schemas:
            CheckRequest:
              type: object
              required: [text]
              additionalProperties: false
              properties:
                text:
                  type: string
                  description: The article.
                path:
                  type: string
                  description: |
                    How the article is named in the report (default "article.txt"); its extension picks
                    the markup when `markup` is absent, as `slant check` does.
                markup:
                  type: string
                  enum: [text, markdown, html]
                config:
                  type: string
                  description: |
                    The text of a `.slant.yml` (docs/pre-publication-checks.md). Problems are named as
                    ".slant.yml:LINE". `lexicons` is refused: the service checks with its own lexicons.
                format:
                  type: string
                  enum: [text, json, sarif, github, markdown]
                  default: json
            Rule:
              type: object
              required: [id, category, severity, message, rationale, source, alternatives, definedIn]
              properties:
                id: {type: string}
                category: {type: string}
                severity: {type: string, enum: [info, warning, error]}
                message: {type: string}
                rationale: {type: string}
                source: {type: string}
                link: {type: string}
                alternatives:
                  type: array
                  items: {type: string}
                definedIn: {type: string}
            Error:
              type: object
              required: [error]
              properties:
                error:
                  type: object
                  required: [code, message]
                  properties:
                    code:
                      type: string
                      description: |
                        payload-too-large, unsupported-media-type, unsupported-charset, invalid-utf8,
                        binary-input, empty-input, invalid-json, invalid-configuration, unknown-rule,
                        unknown-format, not-acceptable, format-unavailable, request-timeout, busy,
                        not-found, http-NNN.
                    message: {type: string}
          responses:
            BadRequest:
              description: The body is not UTF-8 (the message names the byte offset), is empty or binary, or is not a valid request.
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Error"}
            NotAcceptable:
              description: Accept names no report format this build writes.
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Error"}
            RequestTimeout:
              description: The body did not arrive within `--body-timeout` seconds.
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Error"}
            ContentTooLarge:
              description: The body is larger than `--max-body-bytes`.
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Error"}
            UnsupportedMediaType:
              description: The Content-Type (or its charset) is not one the endpoint reads.
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Error"}
            Busy:
              description: Every audit slot is taken and the queue is full.
              headers:
                Retry-After:
                  schema: {type: integer}
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Error"}

        """#
}
