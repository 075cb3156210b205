import Detect
import FoundationEssentials
import Model
import Store

/// The report: one self-contained static HTML page (inline CSS and SVG, no
/// script, nothing fetched; its Content-Security-Policy forbids loading
/// anything). Per topic: the positions beside the baseline, a timeline of
/// the moves since the baseline, and the latest alerts with their evidence.
/// Every text from a feed is escaped (`HTMLText`).
package struct ReportPage: Sendable {
    var board: PositionBoard
    /// When the page was made (shown on it).
    var generated: Date
    /// Alerts listed per topic, newest first.
    var latestPerTopic = 8

    package init(board: PositionBoard, generated: Date) {
        self.board = board
        self.generated = generated
    }

    package var html: String {
        var out = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <title>tradewatch: US-China trade positions</title>
        <style>\(ReportStyle.css)</style>
        </head><body>
        <header><h1>US-China trade positions</h1>
        """
        let moved = board.rows.filter(\.hasMoved).count
        out += "<p class=\"sub\">Generated \(HTMLText.escape(TopicTimeline.label(generated))) UTC · "
            + "\(board.rows.count) positions, \(moved) moved since the baseline (June 2025 London talks) · "
            + "last alert #\(board.lastAlertID)</p>\n<nav><ul>"
        for topic in Topic.allCases {
            let rows = board.rows(of: topic)
            let moves = rows.reduce(0) { $0 + $1.moves.count }
            out += "<li><a href=\"#\(topic.rawValue)\"\(rows.contains(where: \.hasMoved) ? " class=\"moved\"" : "")>"
                + "\(topic.rawValue)\(moves > 0 ? " (\(moves))" : "")</a></li>"
        }
        out += "</ul></nav></header>\n<main>\n"
        for topic in Topic.allCases { out += section(topic) }
        out += "</main>\n<footer>tradewatch · ▼ easing, ▲ tightening; filled: action, outlined: announced, "
            + "dashed ring: signal (does not move the position); larger: higher severity.</footer>\n</body></html>\n"
        return out
    }

    private func section(_ topic: Topic) -> String {
        let rows = board.rows(of: topic)
        var out = "<section class=\"topic\" id=\"\(topic.rawValue)\"><h2>\(topic.rawValue)</h2>"
            + "<p class=\"sub\">\(HTMLText.escape(TopicTitles.describe(topic)))</p>\n<div class=\"positions\">"
        if rows.isEmpty { out += "<p class=\"sub\">The seed article states no position on this topic.</p>" }
        for row in rows { out += position(row) }
        out += "</div>\n"
        let alerts = rows.flatMap(\.alerts)
        let actors = rows.isEmpty ? Actor.allCases : rows.map(\.actor)
        if alerts.isEmpty {
            out += "<p class=\"sub\">No moves since the baseline.</p>\n"
        } else {
            out += "<figure>\(TopicTimeline(actors: actors, alerts: alerts).svg)"
                + "<figcaption>Moves since the baseline, by item date.</figcaption></figure>\n"
        }
        let latest = alerts.sorted { $0.id > $1.id }.prefix(latestPerTopic)
        if !latest.isEmpty {
            out += "<h3>Latest alerts</h3><ol class=\"alerts\">"
            for alert in latest { out += item(alert) }
            out += "</ol>\n"
        }
        return out + "</section>\n"
    }

    private func position(_ row: PositionBoard.Row) -> String {
        var out = "<div class=\"pos\"><h3>\(row.actor.rawValue) "
        if let current = row.current, let direction = current.direction {
            out += "<span class=\"badge \(direction == Direction.easing.rawValue ? "easing" : "tightening")\">"
                + "\(HTMLText.escape(direction))</span>"
        } else {
            out += "<span class=\"badge\">as baseline</span>"
        }
        out += "</h3><dl><dt>Baseline</dt><dd>"
        if let b = row.baseline {
            out += "\(HTMLText.escape(b.stance)) <span class=\"sub\">(\(HTMLText.escape(b.status.rawValue)))</span>"
        } else {
            out += "<span class=\"sub\">none stated</span>"
        }
        out += "</dd><dt>Now</dt><dd>"
        if let c = row.current {
            out += HTMLText.escape(c.stance)
            if let id = c.alertID { out += " <span class=\"sub\">(alert #\(id), \(PositionBoard.day(c.updated)))</span>" }
        } else {
            out += "unchanged"
        }
        return out + "</dd></dl></div>"
    }

    private func item(_ a: AlertFields) -> String {
        let direction = a.direction == Direction.easing.rawValue ? "easing" : "tightening"
        let signal = a.modality == Modality.signal.rawValue ? " signal" : ""
        var out = "<li class=\"\(direction)\(signal)\"><div class=\"meta\">#\(a.id) · "
            + "\(HTMLText.escape(TopicTimeline.label(TopicTimeline.date(a)))) · \(HTMLText.escape(a.actor)) · "
            + "<span class=\"dir \(direction)\">\(HTMLText.escape(a.direction))</span> · \(HTMLText.escape(a.modality)) · "
            + "severity \(HTMLText.escape(a.severity)) · \(HTMLText.escape(a.kind))"
        if let original = a.repeatOf { out += " · repeats #\(original)" }
        out += "</div>"
        let title = HTMLText.escape(a.title.isEmpty ? "(untitled item)" : a.title)
        if let href = HTMLText.href(a.link) {
            out += "<a href=\"\(href)\" rel=\"noopener noreferrer\">\(title)</a>"
        } else {
            out += "<span class=\"title\">\(title)</span>"
        }
        if !a.evidence.isEmpty { out += "<blockquote>\(HTMLText.escape(a.evidence))</blockquote>" }
        return out + "</li>"
    }
}
