import SortedJSON

// The measures and the verdict write their own fields, in sorted key order (see
// ArticleAuditJSONFields.swift for why). A field added to one of these types must be added here.

extension SideVoices: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("attributions", attributions)
        object.field("cues", cues)
        object.field("directWords", directWords)
        object.field("distinctSpeakers", distinctSpeakers)
        object.field("isThirdParty", isThirdParty)
        object.field("name", name)
        object.field("neutralityRate", neutralityRate)
        object.field("paraphraseWords", paraphraseWords)
        object.field("share", share)
        object.field("sideID", sideID)
        object.field("verbClasses", verbClasses)
    }
}

extension VerbClassCount: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("count", count)
        object.field("verbClass", verbClass)
    }
}

extension BalanceIndices: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("minMaxRatio", minMaxRatio)
        object.field("normalizedEntropy", normalizedEntropy)
        object.field("parties", parties)
    }
}

extension SideCasualtyFraming: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("agency", agency)
        object.field("agentlessRate", agentlessRate)
        object.field("caveats", caveats)
        object.field("emotiveTerms", emotiveTerms)
        object.field("individuated", individuated)
        object.field("mentions", mentions)
        object.field("sideID", sideID)
    }
}

extension AgencyCount: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("agency", agency)
        object.field("count", count)
    }
}

extension LoadedLanguageTally: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("attributed", attributed)
        object.field("bySide", bySide)
        object.field("editorial", editorial)
        object.field("editorialPerThousandWords", editorialPerThousandWords)
        object.field("quoted", quoted)
    }
}

extension SideVoiceCount: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("attributed", attributed)
        object.field("editorial", editorial)
        object.field("quoted", quoted)
        object.field("sideID", sideID)
    }
}

extension LabelAsymmetry: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("asymmetric", asymmetric)
        object.field("bySide", bySide)
        object.field("explanation", explanation)
    }
}

extension LabelAsymmetry.LabelUse: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("location", location)
        object.field("polarity", polarity)
        object.field("text", text)
        object.field("voice", voice)
    }
}

extension LabelAsymmetry.SideLabels: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("labels", labels)
        object.field("sideID", sideID)
    }
}

extension Verdict: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("checks", checks)
        object.field("level", level)
    }
}

extension VerdictCheck: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("abstained", abstained)
        object.field("applicable", applicable)
        object.field("detail", detail)
        object.field("evidence", evidence)
        object.field("id", id)
        object.field("measured", measured)
        object.field("threshold", threshold)
        object.field("title", title)
        object.field("triggered", triggered)
    }
}
