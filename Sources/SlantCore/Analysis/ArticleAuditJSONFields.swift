import SortedJSON

// The report's top level and its small parts write their own fields, in sorted key order, so
// no `Codable` container is used anywhere in the JSON report. The synthesized `Codable`
// conformances stay the reference: `JSONEquivalenceTests` render 200 real articles both ways
// and compare the bytes. A field added to one of these types must be added here.

extension ArticleAudit: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("attributions", attributions)
        object.field("casualties", casualties)
        object.field("droppedLines", droppedLines)
        object.field("findings", findings)
        object.field("input", input)
        object.field("lexicons", lexicons)
        object.field("limits", limits)
        object.field("measures", measures)
        object.field("schemaVersion", schemaVersion)
        object.field("sidePack", sidePack)
        object.field("sides", sides)
        object.field("tool", tool)
        object.field("verdict", verdict)
    }
}

extension SidePackChoice: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("pack", pack)
        object.field("reason", reason)
    }
}

extension ToolInfo: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("name", name)
        object.field("version", version)
    }
}

extension InputInfo: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("bytes", bytes)
        object.field("name", name)
        object.field("paragraphs", paragraphs)
        object.field("quotations", quotations)
        object.field("sentences", sentences)
        object.field("sha256", sha256)
        object.field("title", title)
        object.field("words", words)
    }
}

extension SideInfo: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("id", id)
        object.field("isThirdParty", isThirdParty)
        object.field("name", name)
    }
}

extension PackVersion: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("name", name)
        object.field("rules", rules)
        object.field("version", version)
    }
}

extension DroppedLine: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("line", line)
        object.field("ruleID", ruleID)
        object.field("text", text)
    }
}

extension AuditLimits: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("editorialSentences", editorialSentences)
        object.field("longSentences", longSentences)
        object.field("ruleLimitHits", ruleLimitHits)
        object.field("sentences", sentences)
        object.field("unattributedQuotations", unattributedQuotations)
        object.field("unresolvedSpeakers", unresolvedSpeakers)
    }
}

extension LimitHit: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("reason", reason)
        object.field("ruleID", ruleID)
    }
}

extension Measures: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("balance", balance)
        object.field("casualtyFraming", casualtyFraming)
        object.field("firstVoice", firstVoice)
        object.field("labels", labels)
        object.field("lastVoice", lastVoice)
        object.field("loadedLanguage", loadedLanguage)
        object.field("totalAttributedWords", totalAttributedWords)
        object.field("verbNeutralityGap", verbNeutralityGap)
        object.field("voices", voices)
    }
}
