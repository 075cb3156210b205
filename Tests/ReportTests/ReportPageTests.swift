import Detect
import FoundationEssentials
import Model
@testable import Report
import Store
import Testing

@Suite struct ReportPageTests {
    static func alert(id: Int64, title: String, link: String, topic: String = "tariffs", actor: String = "US",
                      modality: String = "action") -> AlertFields {
        var w = JSONWriter()
        w.object { w in
            w.field("id", id)
            w.field("time", "2026-11-24T10:00:00Z")
            w.field("kind", "position_change")
            w.field("severity", "high")
            w.field("topic", topic)
            w.field("actor", actor)
            w.field("direction", "easing")
            w.field("modality", modality)
            w.key("item")
            w.object { w in
                w.field("title", title)
                w.field("link", link)
                w.field("published", "2026-11-24T09:00:00Z")
            }
            w.field("evidence", title)
        }
        return AlertFields(jsonLine: w.output)!
    }

    @Test func feedMarkupIsEscapedAndOnlyHTTPLinksAreLinked() {
        let board = PositionBoard(baseline: Baseline(positions: []), ledger: [], alerts: [
            Self.alert(id: 1, title: "Tariffs cut <script>alert(1)</script> & \"quoted\"", link: "javascript:alert(1)"),
            Self.alert(id: 2, title: "Second", link: "https://example.org/a?b=1&c=\"2\""),
        ])
        let html = ReportPage(board: board, generated: Date(timeIntervalSince1970: 0)).html
        #expect(!html.contains("<script"))
        #expect(html.contains("Tariffs cut &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;"))
        #expect(!html.contains("javascript:"), "a javascript: link is shown as text, never as href")
        #expect(html.contains("href=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\""))
    }

    @Test func boardGroupsAlertsByTopicAndActorAndSignalsDoNotMove() {
        let position = BaselinePosition(id: "us-tariffs", topic: .tariffs, actor: .us, stance: "in force",
                                        status: .inForce, quote: "", terms: [])
        let board = PositionBoard(baseline: Baseline(positions: [position]), ledger: [], alerts: [
            Self.alert(id: 3, title: "threat", link: "", modality: "signal"),
            Self.alert(id: 4, title: "China eases", link: "", topic: "rare-earth-exports", actor: "China"),
        ])
        #expect(board.rows.map { "\($0.topic.rawValue)/\($0.actor.rawValue)" } == ["rare-earth-exports/China", "tariffs/US"])
        let tariffs = board.rows(of: .tariffs)[0]
        #expect(tariffs.baseline?.id == "us-tariffs")
        #expect(tariffs.alerts.map(\.id) == [3])
        #expect(tariffs.moves.isEmpty, "a signal does not move the position")
        #expect(board.lastAlertID == 4)
    }
}
