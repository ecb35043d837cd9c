import Foundation
import SlantCore

/// The words and number formats both human-readable audit reports use (Markdown and the
/// annotated page), so the two say the same thing the same way.
enum ReportWording {
    /// "editorial", "attributed to X (side)", "quoted from X".
    static func voice(_ finding: Finding, _ names: SideNames) -> String {
        switch finding.voice {
        case .editorial: "editorial"
        case .attributed:
            "attributed to \(finding.speakerName ?? "?") (\(finding.speakerSideID.map { names[$0] } ?? "unassigned"))"
        case .quoted: "quoted from \(finding.speakerName ?? "unknown speaker")"
        }
    }

    /// The first 14 words of a text, with an ellipsis when there are more.
    static func excerpt(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        return words.count <= 14 ? words.joined(separator: " ") : words.prefix(14).joined(separator: " ") + " …"
    }

    static func percent(_ value: Double) -> String { String(format: "%.0f%%", value * 100) }

    static func decimal(_ value: Double) -> String { String(format: "%.2f", value) }
}
