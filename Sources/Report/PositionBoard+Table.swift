import Detect
import FoundationEssentials
import Model
import Store

extension PositionBoard {
    /// `tradewatch positions` on a terminal: one block per topic and actor,
    /// the baseline, where it stands now and the alerts on it, one a line.
    ///
    ///     rare-earth-exports  China   MOVED
    ///       baseline  (in force) restricted: rare-earth export controls in force ...
    ///       now       easing (action): Beijing lifts ... (alert #2, 2026-11-24)
    ///       #2   2026-11-24  easing      action     high    Beijing lifts ...  https://...
    package var table: String {
        var lines: [String] = []
        for row in rows {
            lines.append("\(pad(row.topic.rawValue, 27)) \(pad(row.actor.rawValue, 6)) \(row.hasMoved ? "MOVED" : "as baseline")")
            if let b = row.baseline {
                lines.append("  baseline  (\(b.status.rawValue)) \(b.stance)")
            } else {
                lines.append("  baseline  (none stated for \(row.actor.rawValue))")
            }
            if let c = row.current {
                let by = c.alertID.map { "alert #\($0), " } ?? ""
                lines.append("  now       \(c.stance) (\(by)\(Self.day(c.updated)))")
            } else {
                lines.append("  now       unchanged")
            }
            for a in row.alerts {
                var line = "  " + [pad("#\(a.id)", 5), pad(Self.day(a.published ?? a.time), 10), pad(a.direction, 10),
                                   pad(a.modality, 9), pad(a.severity, 6), a.title].joined(separator: " ")
                if a.modality == Modality.signal.rawValue { line += " [signal: does not move it]" }
                if let original = a.repeatOf { line += " [repeats #\(original)]" }
                if !a.link.isEmpty { line += "  " + a.link }
                lines.append(line)
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// "2026-11-24", or "-" without a date.
    static func day(_ date: Date?) -> String {
        date.map { String(Timestamp.rfc3339($0).prefix(10)) } ?? "-"
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
}
