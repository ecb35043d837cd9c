import SlantCore

/// The key to the marks: each style shown on a sample word with words saying what it means,
/// so no mark depends on colour alone.
struct HTMLLegend {
    let sides: [SideInfo]
    let styles: SideStyles

    func write(to writer: inout HTMLWriter) {
        writer.raw("<section class=\"legend\" aria-labelledby=\"legend-title\">")
        writer.element("h2", "Legend", attributes: " id=\"legend-title\"")
        writer.raw("<ul>\n")
        item("finding loaded editorial", "loaded", "Loaded term in the outlet's own voice: bold, wavy underline", &writer)
        item("finding loaded attributed", "loaded", "Loaded term in attributed speech: dashed underline", &writer)
        item("finding loaded quoted", "loaded", "Loaded term inside a quotation: dotted underline", &writer)
        item("finding cat-reporting-verb", "said", "Reporting verb or other finding: thin underline", &writer)
        item("finding cat-hedge", "reportedly", "Hedge, caveat, causal framing: dotted grey underline", &writer)
        for side in sides {
            item(
                "speech \(styles.cssClass(side.id))", "words", "Words given to \(side.name); hover or focus shows the speaker",
                tag: styles.tag(side.id), &writer)
        }
        item(
            "speech side-u", "words", "Words of a speaker not placed on a side; the bold words are the speaker",
            tag: styles.tag(nil), &writer)
        item(
            "casualty agency-active", "killed", "Casualty word naming who killed: solid box, tag with victims and agency",
            tag: "† victims, active", &writer)
        item(
            "casualty agency-nominal", "deaths", "Casualty word hiding the agent (passive, intransitive, noun): dashed box",
            tag: "† victims, nominal", &writer)
        item("dropped", "Advertisement", "Line dropped as web debris, not audited", &writer)
        writer.raw("</ul></section>\n")
    }

    private func item(_ classes: String, _ sample: String, _ meaning: String, tag: String? = nil, _ writer: inout HTMLWriter) {
        writer.raw("<li><span")
        writer.attribute("class", classes)
        if let tag { writer.attribute("data-tag", tag) }
        writer.raw(">")
        writer.text(sample)
        writer.raw("</span> ")
        writer.text(meaning)
        writer.raw("</li>\n")
    }
}
