import Model

/// The alerts one item raises and the position state after it.
public struct Detection: Sendable, Equatable {
    /// One per topic the item moves; `id` is 0 until the caller assigns it.
    package var alerts: [Alert]
    package var state: PositionState
}
