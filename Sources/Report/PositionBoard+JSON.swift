import Detect
import FoundationEssentials
import Model
import Store

extension PositionBoard {
    /// `tradewatch positions --json`: one object,
    /// `{"last_alert_id": N, "positions": [{"topic", "actor", "baseline": {...} | null,
    /// "current": {...} | null, "moved", "alerts": [...]}]}`.
    package var json: String {
        var w = JSONWriter()
        w.object { w in
            w.field("last_alert_id", lastAlertID)
            w.key("positions")
            w.array { w in
                for row in rows { Self.write(row, to: &w) }
            }
        }
        return w.output
    }

    private static func write(_ row: Row, to w: inout JSONWriter) {
        w.object { w in
            w.field("topic", row.topic.rawValue)
            w.field("actor", row.actor.rawValue)
            w.key("baseline")
            if let b = row.baseline {
                w.object { w in
                    w.field("position", b.id)
                    w.field("stance", b.stance)
                    w.field("status", b.status.rawValue)
                }
            } else {
                w.string(nil)
            }
            w.key("current")
            if let c = row.current {
                w.object { w in
                    w.field("stance", c.stance)
                    w.field("direction", c.direction)
                    w.field("modality", c.modality)
                    w.field("alert_id", c.alertID)
                    w.field("updated", date: c.updated)
                }
            } else {
                w.string(nil)
            }
            w.field("moved", row.hasMoved)
            w.key("alerts")
            w.array { w in
                for a in row.alerts { write(a, to: &w) }
            }
        }
    }

    private static func write(_ a: AlertFields, to w: inout JSONWriter) {
        w.object { w in
            w.field("id", a.id)
            w.field("date", date: a.published ?? a.time)
            w.field("time", date: a.time)
            w.field("direction", a.direction)
            w.field("modality", a.modality)
            w.field("severity", a.severity)
            w.field("kind", a.kind)
            w.field("moves", a.modality != Modality.signal.rawValue)
            w.field("title", a.title)
            w.field("link", a.link.isEmpty ? nil : a.link)
            w.field("evidence", a.evidence)
            w.field("repeat_of", a.repeatOf)
        }
    }
}
