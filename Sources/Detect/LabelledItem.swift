import Model

/// One hand-labelled headline of an evaluation set (../shared/eval/README.md).
public struct LabelledItem: Sendable, Equatable {
    public enum Label: String, Sendable {
        case easing, tightening, neutral
    }

    public var id: String
    public var title: String
    public var summary: String
    public var relevant: Bool
    public var topics: [Topic]
    public var actor: Actor?
    /// nil when the item is not relevant.
    public var label: Label?
    public var note: String?

    public init(id: String, title: String, summary: String, relevant: Bool, topics: [Topic], actor: Actor?,
                label: Label?, note: String? = nil) {
        self.id = id
        self.title = title
        self.summary = summary
        self.relevant = relevant
        self.topics = topics
        self.actor = actor
        self.label = label
        self.note = note
    }

    /// The direction an alert must have to hit, when the item has one.
    public var direction: Direction? {
        switch label {
        case .easing: .easing
        case .tightening: .tightening
        default: nil
        }
    }
}
