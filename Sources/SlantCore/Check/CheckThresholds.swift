/// Limits on article measures that become findings when crossed. Unset limits are not checked.
public struct CheckThresholds: Sendable, Hashable {
    /// Minimum ratio of the quieter party's attributed words to the louder party's (0...1).
    public var minVoiceRatio: Double?
    /// Maximum gap between the parties' shares of neutral reporting verbs (0...1).
    public var maxVerbNeutralityGap: Double?
    /// Maximum loaded terms in the outlet's own voice per 1,000 words.
    public var maxEditorialLoadedPerThousandWords: Double?

    public init(
        minVoiceRatio: Double? = nil, maxVerbNeutralityGap: Double? = nil, maxEditorialLoadedPerThousandWords: Double? = nil
    ) {
        self.minVoiceRatio = minVoiceRatio
        self.maxVerbNeutralityGap = maxVerbNeutralityGap
        self.maxEditorialLoadedPerThousandWords = maxEditorialLoadedPerThousandWords
    }
}
