/// A reporting verb found in the text, with its class from the lexicon.
public struct ReportingCue: Sendable, Codable, Hashable {
    public let span: TextSpan
    public let ruleID: String
    public let verbClass: VerbClass
}

/// How the engine decided who the speaker is; shown in reports so a reader can check it.
public enum SpeakerResolution: String, Sendable, Codable {
    /// The speaker's words name an actor of the side pack.
    case named
    /// A pronoun ("he", "they"), given to the previous speaker.
    case pronoun
    /// A definite description ("the group", "the ministry"), given to the last named actor of that kind.
    case anaphor
    /// A person placed on a side by a title or apposition here or at another mention of the same
    /// surname ("Mansour" after "Palestinian envoy Riyad Mansour"), or by a place of the side pack
    /// in the speaker's words ("a resident of Khan Younis").
    case role
    /// A local civilian ("Salah Zuhikeh, 55,", "residents", "medics") placed by the side pack's
    /// places in the sentence and the one before it (`LocalSpeaker`).
    case place
    /// A quote without its own attribution, inheriting the previous speaker.
    case inherited
    /// The speaker's words were found but name no actor of the side pack.
    case unmapped
    /// No speaker could be found for the verb.
    case unresolved
}

/// One speech event: a speaker, the reporting verbs that introduce them, and the words they
/// are given, directly (quotes) or as paraphrase.
public struct Attribution: Sendable, Codable, Hashable {
    public let index: Int
    /// The words in the text that name the speaker ("The militant group"), if found.
    public let speaker: TextSpan?
    /// The actor the speaker resolves to ("Hamas"), or the speaker's own words.
    public let speakerName: String
    public let sideID: String?
    public let resolution: SpeakerResolution
    public let cues: [ReportingCue]
    public let quotations: [TextSpan]
    public let paraphrases: [TextSpan]
    public let directWords: Int
    public let paraphraseWords: Int
    public let paragraphIndex: Int
    /// The attribution whose words report this one ("Hamas said Israel claimed ..."): its words
    /// and verbs count for the outer speaker, not for this one.
    public let nestedIn: Int?

    public var words: Int { directWords + paraphraseWords }
}
