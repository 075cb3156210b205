import Model

/// The positions taken from the seed article: what every claim is measured against.
public struct Baseline: Sendable, Equatable {
    package var positions: [BaselinePosition]

    package init(positions: [BaselinePosition]) {
        self.positions = positions
    }

    /// The position held by `actor` on `topic`, else any position on `topic`
    /// (so a US move on a topic only China's position names is still measured).
    func position(topic: Topic, actor: Actor) -> BaselinePosition? {
        positions.first { $0.topic == topic && $0.actor == actor }
            ?? positions.first { $0.topic == topic }
    }

    /// Topics with at least one position, in DESIGN order.
    package var topics: [Topic] {
        Array(Set(positions.map(\.topic))).sorted()
    }
}
