import Model

/// A topic an article talks about, with who holds the position, where it
/// stands, and the sentence that says so (what `baseline derive` builds on).
struct Mention: Sendable {
    var topic: Topic
    var actor: Actor
    var status: PositionStatus
    var stance: String
    var sentence: String
    var terms: [String]
}
