import Model

/// The current positions: the baseline as moved by earlier alerts. A value
/// the caller threads through items in order (the daemon persists it).
public struct PositionState: Sendable, Equatable {
    /// Where one (topic, actor) stands after the last firm move on it.
    public struct Entry: Sendable, Equatable {
        package var direction: Direction
        package var modality: Modality
        /// The alert that moved it (0 until the caller assigns ids).
        package var alertID: Int64
        /// The move in words, e.g. "easing (action): China suspends rare-earth export controls".
        package var stance: String

        package init(direction: Direction, modality: Modality, alertID: Int64, stance: String) {
            self.direction = direction
            self.modality = modality
            self.alertID = alertID
            self.stance = stance
        }
    }

    public struct Key: Sendable, Hashable, Comparable {
        package var topic: Topic
        package var actor: Actor
        package init(topic: Topic, actor: Actor) {
            self.topic = topic
            self.actor = actor
        }
        public static func < (a: Key, b: Key) -> Bool {
            a.topic == b.topic ? a.actor.rawValue < b.actor.rawValue : a.topic < b.topic
        }
    }

    package private(set) var entries: [Key: Entry]

    public init(entries: [Key: Entry] = [:]) {
        self.entries = entries
    }

    package subscript(topic: Topic, actor: Actor) -> Entry? {
        entries[Key(topic: topic, actor: actor)]
    }

    /// Records a firm move; returns the state with it.
    func moving(_ key: Key, to entry: Entry) -> PositionState {
        var copy = self
        copy.entries[key] = entry
        return copy
    }

    /// Gives the alert that moved `key` its committed id.
    package mutating func assign(alertID: Int64, to key: Key) {
        entries[key]?.alertID = alertID
    }
}
