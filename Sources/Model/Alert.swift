import FoundationEssentials

/// One alert: a claim in an item that moves a position, as written to the
/// log and sent on the socket (the record of ../shared/DESIGN.md).
package struct Alert: Sendable, Equatable {
    /// Strictly increasing, never reused; assigned when the alert is committed
    /// (by `scan`, in output order).
    package var id: Int64
    /// When it was detected.
    package var time: Date
    package var kind: AlertKind
    package var severity: Severity
    package var topic: Topic
    package var actor: Actor
    package var direction: Direction
    package var modality: Modality
    package var baseline: BaselineRef
    package var item: ItemRef
    /// The sentence that carries the claim.
    package var evidence: String
    /// The terms that matched, in the order found.
    package var matched: [String]
    /// Tariff rates and other figures stated with the claim.
    var quantities: [Quantity]
    /// Why this kind and severity, in words (explainability, not a score).
    package var reason: String
    /// The earlier alert this one repeats (the same move, reported again by
    /// another item or feed): still logged, at low severity, so readers who
    /// filter by severity hear of a move once.
    package var repeatOf: Int64?

    package init(id: Int64, time: Date, kind: AlertKind, severity: Severity, topic: Topic,
                actor: Actor, direction: Direction, modality: Modality, baseline: BaselineRef,
                item: ItemRef, evidence: String, matched: [String], quantities: [Quantity] = [],
                reason: String = "", repeatOf: Int64? = nil) {
        self.id = id
        self.time = time
        self.kind = kind
        self.severity = severity
        self.topic = topic
        self.actor = actor
        self.direction = direction
        self.modality = modality
        self.baseline = baseline
        self.item = item
        self.evidence = evidence
        self.matched = matched
        self.quantities = quantities
        self.reason = reason
        self.repeatOf = repeatOf
    }

    /// The baseline position the alert is measured against.
    package struct BaselineRef: Sendable, Equatable {
        package var position: String
        var stance: String
        package init(position: String, stance: String) {
            self.position = position
            self.stance = stance
        }
    }

    /// The item the alert is about.
    package struct ItemRef: Sendable, Equatable {
        var feed: String
        package var id: String
        package var title: String?
        var link: String?
        var published: Date?
        package init(feed: String, id: String, title: String?, link: String?, published: Date?) {
            self.feed = feed
            self.id = id
            self.title = title
            self.link = link
            self.published = published
        }
    }

    /// A figure stated with a claim, e.g. a tariff rate moving from 145% to 30%.
    package struct Quantity: Sendable, Equatable {
        var name: String
        package var before: Double?
        package var after: Double?
        var unit: String
        package init(name: String, before: Double?, after: Double?, unit: String) {
            self.name = name
            self.before = before
            self.after = after
            self.unit = unit
        }
    }
}

extension Alert {
    /// The record as one line of JSON (no trailing newline), keys in the
    /// order of ../shared/DESIGN.md.
    package var jsonLine: String {
        var w = JSONWriter()
        write(to: &w)
        return w.output
    }

    /// Writes the record's fields into an object already opened by the caller,
    /// so the socket can prefix `"type":"alert"`.
    func writeFields(to w: inout JSONWriter) {
        w.field("id", id)
        w.field("time", date: time)
        w.field("kind", kind.rawValue)
        w.field("severity", severity.rawValue)
        w.field("topic", topic.rawValue)
        w.field("actor", actor.rawValue)
        w.field("direction", direction.rawValue)
        w.field("modality", modality.rawValue)
        w.key("baseline")
        w.object { w in
            w.field("position", baseline.position)
            w.field("stance", baseline.stance)
        }
        w.key("item")
        w.object { w in
            w.field("feed", item.feed)
            w.field("id", item.id)
            w.field("title", item.title)
            w.field("link", item.link)
            w.field("published", date: item.published)
        }
        w.field("evidence", evidence)
        w.field("matched", strings: matched)
        w.key("quantities")
        w.array { w in
            for q in quantities {
                w.object { w in
                    w.field("name", q.name)
                    w.field("before", q.before)
                    w.field("after", q.after)
                    w.field("unit", q.unit)
                }
            }
        }
        w.field("reason", reason)
        w.field("repeat_of", repeatOf)
    }

    func write(to w: inout JSONWriter) {
        w.object { w in writeFields(to: &w) }
    }
}
