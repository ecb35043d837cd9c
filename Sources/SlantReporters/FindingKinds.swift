import SlantCore

extension Finding {
    /// Loaded language as the reports count it: loaded terms, intensifiers, prescriptive
    /// phrasing, and labels that are not neutral.
    var isLoadedLanguage: Bool {
        switch category {
        case .loadedTerm, .intensifier, .prescriptive: true
        case .label: polarity != .neutral
        default: false
        }
    }
}
