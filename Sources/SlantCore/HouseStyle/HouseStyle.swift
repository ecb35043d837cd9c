/// A newsroom's own word policy, from `house_style:` in `.slant.yml` or a `--house-style` file:
/// existing rules given another class or severity ("militant" neutral, as the AP uses it), and
/// the newsroom's own terms with its preferred wording. Applied to the lexicon before it is
/// compiled, so audit, compare and check all see the same policy.
public struct HouseStyle: Sendable {
    /// Where it was read from, for problems and provenance.
    public var file: String
    public var overrides: [HouseStyleOverride] = []
    public var terms: [HouseTerm] = []
    /// A fingerprint of the policy's text, printed as the version of the packs it changes.
    public var fingerprint: String = ""

    public init(file: String) {
        self.file = file
    }

    public var isEmpty: Bool { overrides.isEmpty && terms.isEmpty }

    /// The pack that holds the newsroom's own terms.
    public static let packName = "house-style"

    /// The lexicon with every override applied and the newsroom's terms added as the
    /// `house-style` pack. A changed pack's version gets `+house.<fingerprint>`, so a report
    /// says the defaults were not used as shipped. Overrides that name no rule, or set a class
    /// the rule's category does not have, are problems.
    public func apply(to lexicon: Lexicon) -> (lexicon: Lexicon, problems: [LexiconProblem]) {
        guard !isEmpty else { return (lexicon, []) }
        var problems: [LexiconProblem] = []
        var used = Set<Int>()
        var packs: [LexiconPack] = []
        for var pack in lexicon.packs {
            var changed = false
            pack.rules = pack.rules.map { rule in
                var rule = rule
                for (index, override) in overrides.enumerated() where override.rule.matches(rule.id) {
                    guard let restyled = override.applied(to: rule) else { continue }
                    used.insert(index)
                    if restyled != rule { changed = true }
                    rule = restyled
                }
                return rule
            }
            if changed { pack.version += "+house.\(fingerprint)" }
            packs.append(pack)
        }
        for (index, override) in overrides.enumerated() where !used.contains(index) {
            problems.append(
                LexiconProblem(
                    file: file, line: override.line,
                    message: "house style: no rule \(override.rule.name.hasSuffix("*") ? "matching" : "with id") "
                        + "'\(override.rule.name)' \(override.requirement)"))
        }
        if !terms.isEmpty {
            let ids = Set(lexicon.rules.map(\.id))
            var pack = LexiconPack(
                name: Self.packName, kind: .rules, version: fingerprint,
                description: "The newsroom's own terms, from \(file).", file: file)
            for term in terms {
                if ids.contains(term.id) {
                    problems.append(
                        LexiconProblem(
                            file: file, line: term.line, ruleID: term.id,
                            message: "house style: the id is already a lexicon rule; give the term another 'id'"))
                    continue
                }
                pack.rules.append(term.rule)
            }
            packs.removeAll { $0.name == Self.packName }
            packs.append(pack)
        }
        return (Lexicon(packs: packs), problems)
    }
}
