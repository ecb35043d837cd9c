/// Something wrong with a lexicon file, located precisely enough to fix it without searching.
public struct LexiconProblem: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let ruleID: String?
    public let message: String

    public init(file: String, line: Int?, ruleID: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.ruleID = ruleID
        self.message = message
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let ruleID { text += "rule '\(ruleID)': " }
        return text + message
    }
}
