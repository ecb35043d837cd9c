import SortedJSON

// An evidence line is written for every article of a batch: its types write their own fields,
// keys in sorted (byte) order, so no `Codable` container is on the batch's path. The synthesized
// `Encodable` conformance stays the reference: `EvidenceJSONTests` compare the two renderings,
// and the committed comparison example's evidence files are checked for drift. A field added to
// one of these types must be added here.

extension ArticleEvidence: SortedJSONFields {
    func writeFields(to object: inout SortedJSONObject) {
        object.field("attributions", attributions)
        object.field("casualties", casualties)
        object.field("date", date)
        object.field("droppedLines", droppedLines)
        object.field("figures", figures)
        object.field("findings", findings)
        object.field("id", id)
        object.field("outlet", outlet)
        object.field("sentences", sentences)
        object.field("sha256", sha256)
        object.field("source", source)
        object.field("title", title)
        object.field("topicSentences", topicSentences)
        object.field("url", url)
        object.field("words", words)
    }
}

extension ArticleEvidence.DroppedLineEvidence: SortedJSONFields {
    func writeFields(to object: inout SortedJSONObject) {
        object.field("line", line)
        object.field("rule", rule)
        object.field("text", text)
    }
}

extension ArticleEvidence.Source: SortedJSONFields {
    func writeFields(to object: inout SortedJSONObject) {
        object.field("file", file)
        object.field("line", line)
    }
}

extension ArticleEvidence.Span: SortedJSONFields {
    func writeFields(to object: inout SortedJSONObject) {
        object.field("column", column)
        object.field("end", end)
        object.field("line", line)
        object.field("start", start)
        object.field("text", text)
    }
}

extension ArticleEvidence.FindingEvidence: SortedJSONFields {
    func writeFields(to object: inout SortedJSONObject) {
        object.field("category", category)
        object.field("describedSide", describedSide)
        object.field("rule", rule)
        object.field("span", span)
        object.field("speaker", speaker)
        object.field("speakerSide", speakerSide)
        object.field("voice", voice)
    }
}

extension ArticleEvidence.CueEvidence: SortedJSONFields {
    func writeFields(to object: inout SortedJSONObject) {
        object.field("rule", rule)
        object.field("span", span)
        object.field("verbClass", verbClass)
    }
}

extension ArticleEvidence.AttributionEvidence: SortedJSONFields {
    func writeFields(to object: inout SortedJSONObject) {
        object.field("cues", cues)
        object.field("directWords", directWords)
        object.field("index", index)
        object.field("paraphraseWords", paraphraseWords)
        object.field("paraphrases", paraphrases)
        object.field("quotations", quotations)
        object.field("resolution", resolution)
        object.field("side", side)
        object.field("speaker", speaker)
        object.field("speakerSpan", speakerSpan)
    }
}

extension ArticleEvidence.CasualtyEvidence: SortedJSONFields {
    func writeFields(to object: inout SortedJSONObject) {
        object.field("agency", agency)
        object.field("agent", agent)
        object.field("agentSide", agentSide)
        object.field("caveats", caveats)
        object.field("emotiveTerms", emotiveTerms)
        object.field("rule", rule)
        object.field("span", span)
        object.field("victimSide", victimSide)
        object.field("voice", voice)
    }
}
