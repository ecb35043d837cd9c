import Foundation

/// The auditors of the side packs other than the default, each compiled the first time an
/// article needs it: most runs never leave the default pack, and compiling every pack up front
/// tripled the start-up of `slant audit`. Shared by all threads; the lock guards only the cache.
final class LazyAuditors: @unchecked Sendable {
    private let lexicon: Lexicon
    private let lock = NSLock()
    private var cache: [String: Auditor]

    init(lexicon: Lexicon, primary: (name: String, auditor: Auditor)?) {
        self.lexicon = lexicon
        cache = primary.map { [$0.name: $0.auditor] } ?? [:]
    }

    /// The auditor of pack `name`, or nil when the lexicon has no such side pack.
    func auditor(for name: String) -> Auditor? {
        lock.lock()
        defer { lock.unlock() }
        if let known = cache[name] { return known }
        // Patterns compiled once already (for the default pack); a second compile cannot fail.
        guard let other = lexicon.withSides(name) else { return nil }
        let auditor = Auditor(compiled: CompiledLexicon.compile(other).compiled)
        cache[name] = auditor
        return auditor
    }
}
