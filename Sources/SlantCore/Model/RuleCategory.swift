/// What a lexicon rule finds. The category decides how the engine uses a match.
public enum RuleCategory: String, Codable, Sendable, CaseIterable {
    case loadedTerm = "loaded-term"
    case label
    case reportingVerb = "reporting-verb"
    case hedge
    case intensifier
    case casualty
    case caveat
    case causal
    case prescriptive
    /// What makes a victim a person rather than a number: an age, an occupation.
    case individuation
}

/// How a reporting verb presents what a speaker said (WP:SAY, Reuters, Baltimore Sun style).
public enum VerbClass: String, Codable, Sendable, CaseIterable {
    case neutral, endorsing, distancing, culpability, justification, forceful, affect
}

/// The evaluative charge of an actor label ("terrorists" vs "forces"). `contested` is a label
/// style guides disagree on ("militants": the AP's standard reference for Hamas, no longer a BBC
/// default): reported, but not counted as pejorative by the label-asymmetry check.
public enum LabelPolarity: String, Codable, Sendable, CaseIterable {
    case pejorative, contested, neutral, sympathetic

    /// -1, 0, +1: lets two labels be compared. A contested label is not scored against a side.
    public var score: Int {
        switch self {
        case .pejorative: -1
        case .contested, .neutral: 0
        case .sympathetic: 1
        }
    }
}

/// The grammatical form of a casualty word.
public enum CasualtyForm: String, Codable, Sendable, CaseIterable {
    case verb, intransitive, noun
}
