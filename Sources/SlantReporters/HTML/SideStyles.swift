import Foundation
import SlantCore

/// How the page tells sides apart: a CSS class per side (a colour-blind-safe tint AND a border
/// style, so colour is never the only cue) and a short text tag shown beside the marks.
struct SideStyles {
    /// Styles the style sheet defines; sides beyond them reuse them in turn, still told apart by tag.
    static let styleCount = 4

    private let classes: [String: String]
    private let tags: [String: String]

    init(_ sides: [SideInfo]) {
        var classes: [String: String] = [unassignedSideID: "side-u"]
        var tags: [String: String] = [unassignedSideID: "unassigned", bothSidesID: "both parties"]
        for (index, side) in sides.enumerated() where classes[side.id] == nil {
            classes[side.id] = "side-\(index % Self.styleCount)"
            tags[side.id] = Self.tag(for: side.name)
        }
        self.classes = classes
        self.tags = tags
    }

    /// The class of a side; an unknown or missing side is styled as unassigned.
    func cssClass(_ sideID: String?) -> String { sideID.flatMap { classes[$0] } ?? "side-u" }

    func tag(_ sideID: String?) -> String { sideID.flatMap { tags[$0] } ?? "unassigned" }

    /// "Palestinians / Hamas" -> "Palestinians": the name before a slash, kept short for a tag.
    static func tag(for name: String) -> String {
        let first = name.split(separator: "/").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? name
        return first.isEmpty ? name : first
    }
}
