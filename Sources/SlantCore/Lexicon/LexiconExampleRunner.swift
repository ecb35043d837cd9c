import PCRE2

/// Runs every example of every rule, side and debris line (prh / proselint style): a `match`
/// example must match (the bracketed text exactly, if marked), a `no_match` example must not.
public enum LexiconExampleRunner {
    public struct Failure: Sendable, Hashable, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let id: String
        public let example: String
        public let reason: String

        public var description: String { "\(file):\(line): rule '\(id)': \(reason): \"\(example)\"" }
    }

    public struct Summary: Sendable {
        public var examplesRun = 0
        public var failures: [Failure] = []
    }

    public static func run(_ compiled: CompiledLexicon) -> Summary {
        var summary = Summary()
        let scratch = MatchScratch()
        let files = Dictionary(compiled.lexicon.packs.map { ($0.name, $0.file) }, uniquingKeysWith: { first, _ in first })
        for rule in compiled.rules {
            check(
                rule.rule.examples, file: files[rule.rule.pack] ?? rule.rule.pack, line: rule.rule.line, id: rule.rule.id,
                into: &summary
            ) { text in
                try rule.matches(in: text, scratch: scratch)
            }
        }
        // Every side pack's examples, not only the one in force (each compiled on its own).
        for pack in compiled.lexicon.packs where pack.kind == .sides {
            for side in pack.sides {
                // A pattern that does not compile is reported by the compiler, not here.
                let actors = side.actors.flatMap { actor in actor.patterns.compactMap { try? Regex($0, caseless: true) } }
                check(side.examples, file: pack.file, line: side.line, id: side.id, into: &summary) { text in
                    // As the audit's scan matches actors: over the matching text.
                    let matching = MatchingText(text)
                    var found: [Range<Int>] = []
                    for pattern in actors { found += try matching.matches(of: pattern, scratch: scratch) }
                    return OverlapResolver.earliestLongest(found)
                }
            }
        }
        for debris in compiled.debris {
            check(
                debris.rule.examples, file: files[debris.rule.pack] ?? debris.rule.pack, line: debris.rule.line,
                id: debris.rule.id, into: &summary
            ) { text in
                for pattern in debris.patterns {
                    if let match = try pattern.matches(in: text, scratch: scratch).first { return [match] }
                }
                return []
            }
        }
        return summary
    }

    private static func check(
        _ examples: RuleExamples, file: String, line: Int, id: String, into summary: inout Summary,
        matcher: (ValidUTF8) throws -> [Range<Int>]
    ) {
        func fail(_ example: String, _ reason: String) {
            summary.failures.append(Failure(file: file, line: line, id: id, example: example, reason: reason))
        }
        for example in examples.match {
            summary.examplesRun += 1
            let (plain, expected) = stripMarkers(example)
            let text = ValidUTF8(plain)
            do {
                let matches = try matcher(text)
                if matches.isEmpty {
                    fail(example, "must match but does not")
                } else if let expected, !matches.contains(where: { text[$0] == expected }) {
                    let got = matches.map { "'\(text[$0])'" }.joined(separator: ", ")
                    fail(example, "must match '\(expected)' exactly but matched \(got)")
                }
            } catch {
                fail(example, "matching failed: \(error)")
            }
        }
        for example in examples.noMatch {
            summary.examplesRun += 1
            let text = ValidUTF8(example)
            do {
                let matches = try matcher(text)
                if let first = matches.first { fail(example, "must not match but matched '\(text[first])'") }
            } catch {
                fail(example, "matching failed: \(error)")
            }
        }
    }

    /// Removes `[[` and `]]` and returns the text between them, if present.
    static func stripMarkers(_ example: String) -> (text: String, expected: String?) {
        guard let open = example.range(of: "[["), let close = example.range(of: "]]", range: open.upperBound..<example.endIndex)
        else { return (example, nil) }
        let expected = String(example[open.upperBound..<close.lowerBound])
        let text = String(example[..<open.lowerBound]) + expected + String(example[close.upperBound...])
        return (text, expected)
    }
}
