/// A name written in `.slant.yml` (a rule id, a pattern such as `verb.*`, a pack) with the line
/// it is on, so that a name the lexicon does not know is reported where it was written.
public struct ConfigurationEntry: Sendable, Hashable {
    public let name: String
    public let line: Int?

    public init(_ name: String, line: Int? = nil) {
        self.name = name
        self.line = line
    }

    /// `verb.*` matches every id starting with "verb."; `*` matches all; anything else is an id.
    public func matches(_ ruleID: String) -> Bool {
        if name == "*" { return true }
        if name.hasSuffix("*") { return ruleID.hasPrefix(String(name.dropLast())) }
        return name == ruleID
    }
}
