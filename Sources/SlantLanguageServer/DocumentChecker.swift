import Foundation
import SlantCore

/// `slant check` for an open document: the `.slant.yml` found from the document's folder upward
/// (the working directory's for unsaved documents), with checkers kept per configuration file
/// and rebuilt when the file changes.
final class DocumentChecker {
    typealias LexiconLoader = ([String]) throws(LanguageServerProblem) -> CompiledLexicon

    struct Result {
        let checker: Checker
        let findings: [CheckFinding]
    }

    private let loadLexicons: LexiconLoader
    private var lexicons: [[String]: CompiledLexicon] = [:]
    private var checkers: [String: (modified: Date?, checker: Checker)] = [:]

    init(loadLexicons: @escaping LexiconLoader) {
        self.loadLexicons = loadLexicons
    }

    /// The findings, or why there are none (an empty document has none and no problem).
    func check(_ document: TextDocument) throws(LanguageServerProblem) -> Result {
        let checker = try checker(for: document)
        let name = document.path ?? document.uri
        let source: SourceText
        do throws(InputProblem) {
            source = try InputDecoder.decode(document.bytes, name: name)
        } catch {
            if case .empty = error { return Result(checker: checker, findings: []) }
            throw LanguageServerProblem(message: error.description)
        }
        do throws(InputProblem) {
            return Result(checker: checker, findings: try checker.check(source, path: name, markup: document.markup).findings)
        } catch {
            if case .empty = error { return Result(checker: checker, findings: []) }
            throw LanguageServerProblem(message: error.description)
        }
    }

    private func checker(for document: TextDocument) throws(LanguageServerProblem) -> Checker {
        let folder = document.path.map { ($0 as NSString).deletingLastPathComponent } ?? FileManager.default.currentDirectoryPath
        let configurationPath = CheckConfigurationLoader.find(from: folder)
        let key = configurationPath ?? ""
        let modified = configurationPath.flatMap {
            (try? FileManager.default.attributesOfItem(atPath: $0))?[.modificationDate] as? Date
        }
        if let cached = checkers[key], cached.modified == modified { return cached.checker }
        var configuration = CheckConfiguration.defaults
        if let configurationPath {
            do throws(ConfigurationProblem) {
                configuration = try CheckConfigurationLoader.load(path: configurationPath)
            } catch {
                throw LanguageServerProblem(message: error.description)
            }
        }
        let compiled = try lexicon(configuration.lexiconDirectories)
        if let problem = configuration.problems(against: compiled.lexicon).first {
            throw LanguageServerProblem(message: problem.description)
        }
        let checker = Checker(compiled: compiled, configuration: configuration)
        checkers[key] = (modified, checker)
        return checker
    }

    private func lexicon(_ directories: [String]) throws(LanguageServerProblem) -> CompiledLexicon {
        if let compiled = lexicons[directories] { return compiled }
        let compiled = try loadLexicons(directories)
        lexicons[directories] = compiled
        return compiled
    }
}
