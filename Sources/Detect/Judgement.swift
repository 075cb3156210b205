import Model

/// What a claim means against the positions: the alert kind and severity,
/// why, and the state after it.
package struct Judgement: Sendable, Equatable {
    package var kind: AlertKind
    package var severity: Severity
    package var reason: String
    package var baseline: BaselinePosition?
    package var state: PositionState
}
