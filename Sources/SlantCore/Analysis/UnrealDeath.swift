/// Deaths a sentence does not report as having happened: negated ("caused no injuries", "were
/// not killed"), hypothetical or future ("could send casualties soaring", "will be killed", "if
/// anyone was killed"), avoided ("to avoid civilian casualties") or intended ("want to kill
/// us"). The annotation guidelines do not count them, and neither does the audit. The test looks
/// only at the few words before the casualty word inside its clause, so a negation or a modal
/// elsewhere in the sentence does not silence a real death.
struct UnrealDeath {
    let tokens: [Token]
    let bytes: [UInt8]

    /// Whether the casualty word at token `index` is negated, hypothetical, avoided or intended.
    func isUnreal(at index: Int, isVerb: Bool) -> Bool {
        var words: [WordKey] = []
        var cursor = index - 1
        while cursor >= 0, words.count < 4, tokens[cursor].kind == .word {
            words.append(tokens[cursor].word)
            cursor -= 1
        }
        // words[0] is the word right before the casualty word.
        for (distance, word) in words.enumerated() {
            if distance < 2, Self.closeNegators.contains(word) { return true }
            if distance < 3, Self.negators.contains(word) || Self.modals.contains(word) { return true }
            if Self.conditions.contains(word) { return true }
        }
        // "want to kill us", "threatened to kill": an infinitive is an intention, not a death.
        if isVerb, words.first == Self.to, !isInflected(tokens[index]) { return true }
        return false
    }

    private func isInflected(_ token: Token) -> Bool {
        token.hasSuffix("ed", in: bytes) || token.hasSuffix("ing", in: bytes) || token.hasSuffix("s", in: bytes)
    }

    private static let to = WordKey(text: "to")
    /// Right before the word or its auxiliary: "were not killed", "never died".
    static let closeNegators: WordSet = ["not", "never", "n't", "nobody"]
    /// A few words before: "no damage or injuries", "without casualties", "to avoid civilian casualties".
    static let negators: WordSet = [
        "no", "without", "avoid", "avoids", "avoided", "avoiding", "prevent", "prevents", "prevented", "preventing",
        "minimize", "minimise", "minimizing", "minimising",
    ]
    static let modals: WordSet = ["could", "would", "might", "will", "shall"]
    static let conditions: WordSet = ["if", "unless", "whether"]
}
