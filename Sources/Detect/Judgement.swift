import Model

/// What a claim means against the positions: the alert kind and severity,
/// why, and the state after it.
public struct Judgement: Sendable, Equatable {
    public var kind: AlertKind
    public var severity: Severity
    public var reason: String
    public var baseline: BaselinePosition?
    public var state: PositionState
}
