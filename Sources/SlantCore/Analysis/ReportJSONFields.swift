import SortedJSON

// The report's most frequent objects write their own fields, keys in sorted (byte) order, so
// the JSON encoder skips the generic `Codable` containers for them (as does the rest of the
// report: ArticleAuditJSONFields.swift, MeasuresJSONFields.swift). Their synthesized
// `Codable` conformance stays the reference: `JSONEquivalenceTests` render 200 real articles
// both ways and compare the bytes. A field added to one of these types must be added here.

extension Finding: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("alternatives", alternatives)
        object.field("attribution", attribution)
        object.field("category", category)
        object.field("context", context)
        object.field("describedBy", describedBy)
        object.field("describedSideID", describedSideID)
        object.field("emotive", emotive)
        object.field("message", message)
        object.field("phrase", phrase)
        object.field("polarity", polarity)
        object.field("ruleID", ruleID)
        object.field("severity", severity)
        object.field("span", span)
        object.field("speakerName", speakerName)
        object.field("speakerSideID", speakerSideID)
        object.field("verbClass", verbClass)
        object.field("voice", voice)
    }
}

extension ReportingCue: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("ruleID", ruleID)
        object.field("span", span)
        object.field("verbClass", verbClass)
    }
}

extension Attribution: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("cues", cues)
        object.field("directWords", directWords)
        object.field("index", index)
        object.field("nestedIn", nestedIn)
        object.field("paragraphIndex", paragraphIndex)
        object.field("paraphraseWords", paraphraseWords)
        object.field("paraphrases", paraphrases)
        object.field("quotations", quotations)
        object.field("resolution", resolution)
        object.field("sideID", sideID)
        object.field("speaker", speaker)
        object.field("speakerName", speakerName)
    }
}

extension CasualtyMention: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("agency", agency)
        object.field("agent", agent)
        object.field("agentSideID", agentSideID)
        object.field("caveats", caveats)
        object.field("emotiveTerms", emotiveTerms)
        object.field("individuation", individuation)
        object.field("ruleID", ruleID)
        object.field("sentence", sentence)
        object.field("span", span)
        object.field("victimEvidence", victimEvidence)
        object.field("victimSideID", victimSideID)
        object.field("voice", voice)
    }
}
