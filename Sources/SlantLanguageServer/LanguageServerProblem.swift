/// Why the server could not check a document (a broken lexicon or `.slant.yml`): shown to the
/// writer in the editor, never a reason to stop serving.
public struct LanguageServerProblem: Error, Sendable, CustomStringConvertible {
    public let message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String { message }
}
