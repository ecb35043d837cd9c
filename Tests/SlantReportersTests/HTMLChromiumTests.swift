import Foundation
import SlantCore
import TestSupport
import Testing

@testable import SlantReporters

/// The acceptance test: the sample's annotated page opened in headless Chromium has
/// one mark per finding, casualty mention, quotation or paraphrase, speaker and dropped line of
/// the JSON report, each with its rule and explanation, and focusing a mark shows its rule's
/// rationale. Never skipped: `make test` installs Chromium (scripts/ensure-chromium).
@Suite struct HTMLChromiumTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    /// What the page's DOM says about one mark, after focusing it.
    struct ProbedMark: Decodable {
        let kind: String
        let rule: String
        let title: String
        let id: String
        let of: String
        let focused: Bool
        let panel: String
    }

    /// Appended to the page: focuses each mark in turn (the page's own script answers) and
    /// writes what the DOM holds, as base64 JSON, into an element of the dumped DOM.
    static let probe = """
        <script>
        (function () {
          var marks = Array.prototype.slice.call(document.querySelectorAll(".text [data-kind]"));
          var probed = marks.map(function (mark) {
            var first = !mark.dataset.of;
            if (first) {
              mark.focus();
              // A headless page without system focus may move focus silently: send the event
              // focusing fires in a reader's browser, to the page's own listener.
              mark.dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
            }
            return {
              kind: mark.dataset.kind, rule: mark.dataset.rule, title: mark.title, id: mark.id, of: mark.dataset.of || "",
              focused: first && document.activeElement === mark,
              panel: first ? document.getElementById("details-body").textContent : ""
            };
          });
          var out = document.createElement("pre");
          out.id = "slant-probe";
          out.textContent = btoa(unescape(encodeURIComponent(JSON.stringify(probed))));
          document.body.appendChild(out);
        })();
        </script>
        """

    @Test(.timeLimit(.minutes(3)))
    func renderedSamplePageHasEveryMarkOfTheJSONReport() throws {
        try #require(
            HeadlessChromium.available, "needs Debian's chromium: run scripts/ensure-chromium (make test does)")
        let path = "Examples/cairo-talks.txt"
        let source = try InputDecoder.decode(Array(Data(contentsOf: Self.root.appendingPathComponent(path))), name: path)
        let audit = Auditor(compiled: DefaultLexicon.compiled).audit(source)
        let rules = DefaultLexicon.compiled.lexicon.rules
        let page = HTMLAuditReporter(rules: rules).render(audit, source: source)
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(JSONAuditReporter().render(audit).utf8)) as? [String: Any])

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("slant-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("cairo-talks.html")
        try page.replacingOccurrences(of: "</body>", with: Self.probe + "\n</body>").write(
            to: file, atomically: true, encoding: .utf8)
        let dom = try HeadlessChromium.dumpDOM(of: file)
        let marks = try Self.probedMarks(in: dom)

        // The counts of the JSON report, kind by kind.
        let findings = try #require(report["findings"] as? [[String: Any]])
        let casualties = try #require(report["casualties"] as? [[String: Any]])
        let attributions = try #require(report["attributions"] as? [[String: Any]])
        let dropped = try #require(report["droppedLines"] as? [[String: Any]])
        let spoken = attributions.reduce(0) {
            $0 + (($1["quotations"] as? [Any])?.count ?? 0) + (($1["paraphrases"] as? [Any])?.count ?? 0)
        }
        let expected = [
            "finding": findings.count, "casualty": casualties.count, "speech": spoken,
            "speaker": attributions.filter { $0["speaker"] != nil }.count, "dropped": dropped.count,
        ]
        let firstPieces = marks.filter { $0.of.isEmpty }
        var counted: [String: Int] = [:]
        for mark in firstPieces { counted[mark.kind, default: 0] += 1 }
        #expect(counted == expected)
        #expect(findings.count > 0 && casualties.count > 0 && spoken > 0 && dropped.count > 0)

        // Each finding's and casualty's rule, as many times as the report has it.
        let ruleIDs = { (objects: [[String: Any]]) in objects.compactMap { $0["ruleID"] as? String }.sorted() }
        #expect(firstPieces.filter { $0.kind == "finding" }.map(\.rule).sorted() == ruleIDs(findings))
        #expect(firstPieces.filter { $0.kind == "casualty" }.map(\.rule).sorted() == ruleIDs(casualties))
        let cueRules = attributions.map { attribution in
            ((attribution["cues"] as? [[String: Any]]) ?? []).compactMap { $0["ruleID"] as? String }.joined(separator: " ")
        }
        for mark in firstPieces where mark.kind == "speech" || mark.kind == "speaker" {
            #expect(cueRules.contains(mark.rule), "\(mark.id) has rules '\(mark.rule)'")
        }

        // Every piece carries its rule and explanation; focus shows them with the rules' rationale.
        let rationale = Dictionary(rules.map { ($0.id, $0.rationale) }, uniquingKeysWith: { _, last in last })
        for mark in marks {
            #expect(!mark.title.isEmpty, "\(mark.id.isEmpty ? mark.of : mark.id) has no explanation")
            #expect(!mark.rule.isEmpty || mark.kind == "speech" || mark.kind == "speaker", "\(mark.id) has no rule")
        }
        for mark in firstPieces {
            #expect(mark.focused, "\(mark.id) cannot take keyboard focus")
            #expect(mark.panel.contains(mark.title), "focusing \(mark.id) does not show its explanation")
            for rule in mark.rule.split(separator: " ") {
                // Debris rules have no rationale of their own: the page explains them all.
                let why = mark.kind == "dropped" ? HTMLAuditReporter.debrisNote : rationale[String(rule)]
                #expect(why.map { mark.panel.contains($0) } == true, "focusing \(mark.id) does not show why \(rule)")
            }
        }
    }

    /// The probe's element in the dumped DOM, decoded.
    static func probedMarks(in dom: String) throws -> [ProbedMark] {
        let start = try #require(dom.range(of: "<pre id=\"slant-probe\">"), "the probe did not run")
        let end = try #require(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
        let encoded = try #require(Data(base64Encoded: String(dom[start.upperBound..<end.lowerBound])))
        return try JSONDecoder().decode([ProbedMark].self, from: encoded)
    }
}
