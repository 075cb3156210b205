import Detect
import FoundationEssentials
import Model
import Store

/// Where every position stands: for each topic and actor, the baseline
/// stance from the seed article, the current position from the ledger, and
/// the alerts on it in id order. Pure: built from what the store and the
/// baseline file hold, shown by `tradewatch positions` and the report page.
package struct PositionBoard: Sendable {
    package struct Row: Sendable {
        package var topic: Topic
        package var actor: Actor
        /// The seed article's position; nil when it names none for this actor.
        package var baseline: BaselinePosition?
        /// The current position; nil while no alert has moved it.
        var current: LedgerEntry?
        /// Every alert on this topic and actor, in id order: the moves
        /// (action, announced) and the signals, which do not move it.
        package var alerts: [AlertFields]

        /// The alerts that moved the position: firm ones (signals do not move it).
        package var moves: [AlertFields] { alerts.filter { $0.modality != Modality.signal.rawValue } }

        /// True when an alert has moved the position away from the baseline.
        var hasMoved: Bool { current != nil }
    }

    package var rows: [Row]
    /// The highest alert id the board was built from (0 when none).
    package var lastAlertID: Int64

    /// One row per baseline position, then one per (topic, actor) that only
    /// alerts or the ledger name; rows in topic order (../shared/DESIGN.md),
    /// US before China.
    package init(baseline: Baseline, ledger: [LedgerEntry], alerts: [AlertFields]) {
        struct Key: Hashable {
            var topic: Topic
            var actor: Actor
        }
        var keys: [Key] = baseline.positions.map { Key(topic: $0.topic, actor: $0.actor) }
        let named = ledger.compactMap { entry in
            Topic(rawValue: entry.topic).flatMap { t in Actor(rawValue: entry.actor).map { Key(topic: t, actor: $0) } }
        } + alerts.compactMap { a in
            Topic(rawValue: a.topic).flatMap { t in Actor(rawValue: a.actor).map { Key(topic: t, actor: $0) } }
        }
        for key in named where !keys.contains(key) { keys.append(key) }
        let actorOrder = Actor.allCases
        keys.sort {
            $0.topic != $1.topic ? $0.topic < $1.topic
                : actorOrder.firstIndex(of: $0.actor)! < actorOrder.firstIndex(of: $1.actor)!
        }
        rows = keys.map { key in
            Row(topic: key.topic, actor: key.actor,
                baseline: baseline.positions.first { $0.topic == key.topic && $0.actor == key.actor },
                current: ledger.first { $0.topic == key.topic.rawValue && $0.actor == key.actor.rawValue },
                alerts: alerts.filter { $0.topic == key.topic.rawValue && $0.actor == key.actor.rawValue }
                    .sorted { $0.id < $1.id })
        }
        lastAlertID = alerts.map(\.id).max() ?? 0
    }

    /// The rows of one topic.
    package func rows(of topic: Topic) -> [Row] { rows.filter { $0.topic == topic } }
}
