import FuzzSupport
import PCRE2
import SlantCore

/// Lexicon packs and `.slant.yml`: the input is read as both. A pack that parses is compiled,
/// its examples run and a short text audited with it, as `--lexicons` would. Beyond "no crash":
/// every problem names the file it was given and a line inside it (or none).
enum ConfigFuzzTarget {
    static let packFile = "fuzz.yml"
    static let configurationFile = ".slant.yml"
    static let sample = ValidUTF8(
        """
        Hamas militants fired rockets, the army said. "We will respond," a spokesman claimed.

        An airstrike killed 12 people, including children, according to the health ministry.
        """)

    static func check(_ bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        // libyaml ends a line at "\n", "\r\n" or a lone "\r".
        let lines = LineCount.of(bytes)
        func requirePlace(file: String, line: Int?, expectedFile: String, _ what: @autoclosure () -> String) {
            Invariant.require(file == expectedFile, "\(what()) names the file \(file), not \(expectedFile)")
            if let line { Invariant.require((1...lines).contains(line), "\(what()) at line \(line) of \(lines)") }
        }

        let (pack, parseProblems) = LexiconParser.parse(text, file: packFile)
        for problem in parseProblems {
            requirePlace(file: problem.file, line: problem.line, expectedFile: packFile, "lexicon problem \(problem)")
        }
        if pack != nil {
            let (lexicon, loadProblems) = Lexicon.load(embedded: [(packFile, text)])
            let (compiled, compileProblems) = CompiledLexicon.compile(lexicon)
            // `load` names embedded packs Lexicons/<name>.
            for problem in loadProblems + compileProblems {
                requirePlace(
                    file: problem.file, line: problem.line, expectedFile: "Lexicons/\(packFile)", "lexicon problem \(problem)")
            }
            _ = LexiconExampleRunner.run(compiled)
            let source = SourceText(name: "sample.txt", utf8: sample)
            let audit = Auditor(compiled: compiled).audit(source, scratch: DefaultLexicon.scratch)
            SpanInvariants.check(audit, of: source)
        }

        do {
            _ = try CheckConfigurationLoader.parse(text, file: configurationFile, directory: "/fuzz")
        } catch {
            requirePlace(
                file: error.file, line: error.line, expectedFile: configurationFile, "configuration problem \(error)")
        }
    }
}
