/// Broadcast and interview transcripts ("AMY GOODMAN: ...", "REP. MIKE PENCE: ..."): a
/// paragraph opening with a speaker label in capitals and a colon gives that speaker's words,
/// and so do the paragraphs after it up to the next label. Without this, a guest's or a quoted
/// politician's words counted as the outlet's own voice. Only an article with two different
/// labels, one of them used twice, is a transcript, so that one "EDITOR'S NOTE:", a fact box
/// ("TARGET: ...", "ATTACKER: ...") or a market report's sections ("KEEPING SCORE: ...") make
/// no speaker.
struct TranscriptTurns {
    struct Turn {
        /// The label's words ("REP. MIKE PENCE").
        let label: Range<Int>
        /// The label's colon: the turn's cue.
        let colon: Range<Int>
    }

    /// The turn each body paragraph belongs to, by paragraph index; nil outside a transcript.
    let turnOfParagraph: [Int: Int]
    let turns: [Turn]

    init(document: Document) {
        var turns: [Turn] = []
        var labelled: [(paragraph: Int, turn: Int)] = []
        for paragraph in document.paragraphs where paragraph.index >= 0 {
            guard let turn = Self.label(opening: paragraph.range, in: document) else { continue }
            labelled.append((paragraph.index, turns.count))
            turns.append(turn)
        }
        var uses: [[UInt8]: Int] = [:]
        for turn in turns { uses[Array(document.bytes[turn.label]), default: 0] += 1 }
        // A dialogue: two speakers, one of whom speaks twice. A market report's sections
        // ("KEEPING SCORE:", "THE DAY IN ASIA:") are each used once.
        guard uses.count >= 2, uses.values.contains(where: { $0 >= 2 }) else {
            self.turns = []
            self.turnOfParagraph = [:]
            return
        }
        var owner: [Int: Int] = [:]
        for (position, entry) in labelled.enumerated() {
            let end = position + 1 < labelled.count ? labelled[position + 1].paragraph : document.paragraphs.count
            for index in entry.paragraph..<end { owner[index] = entry.turn }
        }
        self.turns = turns
        self.turnOfParagraph = owner
    }

    /// The most bytes a label may take before its colon.
    private static let maximumLabelBytes = 48

    /// "JUAN GONZÁLEZ:" opening a paragraph with words after it: one to six words in capitals
    /// (letters, periods, hyphens, apostrophes; non-ASCII letters allowed), a single word only
    /// if it is a role ("REPORTER:").
    static func label(opening range: Range<Int>, in document: Document) -> Turn? {
        let bytes = document.bytes
        var start = range.lowerBound
        while start < range.upperBound, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") {
            start += 1
        }
        let limit = min(range.upperBound, start + maximumLabelBytes)
        guard let colon = (start..<limit).first(where: { bytes[$0] == UInt8(ascii: ":") }), colon > start else {
            return nil
        }
        var uppercase = 0
        for index in start..<colon {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): uppercase += 1
            case UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "'"): continue
            case 0x80...: continue  // "Á", "’"
            default: return nil
            }
        }
        // "POWER TRIP: OBAMA’S CLOUT ON TRIAL" is a newsletter's heading: a speaker's words after
        // the colon are in lower case.
        let after = (colon + 1)..<min(range.upperBound, colon + 1 + maximumLabelBytes)
        guard after.contains(where: { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[$0]) }) else { return nil }
        let words = document.words.words(in: start..<colon)
        guard uppercase >= 2, (1...6).contains(words.count), document.words.wordCount(in: (colon + 1)..<range.upperBound) >= 3
        else { return nil }
        let keys = words.map { WordKey($0, of: bytes) }
        if keys.contains(where: { notSpeakerWords.contains($0) }) { return nil }
        if keys.count == 1, !roles.contains(keys[0]) { return nil }
        return Turn(label: words[0].lowerBound..<words[words.count - 1].upperBound, colon: colon..<(colon + 1))
    }

    /// One-word labels that name a speaker.
    private static let roles: WordSet = [
        "reporter", "reporters", "moderator", "host", "interviewer", "question", "q", "audience", "protester",
        "protesters", "crowd", "caller", "presenter", "anchor", "narrator",
    ]

    /// Words of labels that head a box or a note, not a speaker.
    private static let notSpeakerWords: WordSet = [
        "note", "update", "updated", "correction", "clarification", "watch", "read", "related", "photos", "photo",
        "video", "target", "targets", "attacker", "attackers", "why", "matters", "breaking", "exclusive", "live",
        "analysis", "opinion", "source", "sources", "credit", "file", "what", "where", "when", "who", "how", "date",
        "location", "killed", "wounded", "dead", "injured", "bottom", "line", "disclosure",
        "background", "context", "more", "also", "see", "subscribe", "follow", "contact", "email", "tags", "topics",
    ]

    /// The rule id a transcript label's colon cue is reported under.
    static let ruleID = "structure.transcript-label"
}
