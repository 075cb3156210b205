import Model

/// Decides the alert kind of a claim from the baseline and the current
/// position, and how the claim moves the current position.
///
/// - reversal: opposite to the last firm move recorded in the current state;
/// - new_measure: a tightening with no baseline position for its actor and
///   topic, or on an instrument none of the baseline's terms name;
/// - escalation: a tightening where the baseline already restricts;
/// - position_change: any other move away from the baseline stance.
/// Signals (threats, reports) do not move the current position.
package struct PositionJudge: Sendable {
    let baseline: Baseline

    package init(baseline: Baseline) {
        self.baseline = baseline
    }

    package func judge(_ claim: Claim, state: PositionState) -> Judgement {
        let key = PositionState.Key(topic: claim.topic, actor: claim.actor)
        let own = baseline.positions.first { $0.topic == claim.topic && $0.actor == claim.actor }
        let reference = own ?? baseline.position(topic: claim.topic, actor: claim.actor)
        let current = state.entries[key]
        let kind: AlertKind
        let reason: String
        if let current, current.direction != claim.direction {
            kind = .reversal
            reason = "\(claim.direction.rawValue) undoes the earlier \(current.direction.rawValue) move (alert \(current.alertID): \(current.stance))"
        } else if claim.direction == .tightening {
            let known = own.map { position in
                claim.matched.contains { m in position.terms.contains { $0.lowercased() == m } }
            } ?? false
            if own == nil || !known && claim.topic == .nonTariffCountermeasures {
                kind = .newMeasure
                reason = own == nil
                    ? "the baseline has no \(claim.actor.rawValue) position on \(claim.topic.rawValue)"
                    : "a \(claim.actor.rawValue) measure the baseline does not name"
            } else {
                kind = .escalation
                reason = "tightening beyond the baseline (\(own!.status.rawValue): \(own!.stance))"
            }
        } else {
            kind = .positionChange
            reason = "easing moves away from the baseline" + (reference.map { " (\($0.status.rawValue): \($0.stance))" } ?? "")
        }
        let severity = Self.severity(claim)
        var next = state
        if claim.modality != .signal {
            let stance = "\(claim.direction.rawValue) (\(claim.modality.rawValue)): \(claim.evidence)"
            next = state.moving(key, to: .init(direction: claim.direction, modality: claim.modality, alertID: 0, stance: stance))
        }
        return Judgement(kind: kind, severity: severity,
                         reason: "\(reason); severity \(severity.rawValue) for a\(claim.modality == .action ? "n" : "") \(claim.modality.rawValue) on \(claim.topic.rawValue)",
                         baseline: reference, state: next)
    }

    /// Firm moves on controls and tariffs are high; the negotiation track one
    /// step lower; reports and threats low.
    static func severity(_ claim: Claim) -> Severity {
        let minor = claim.topic == .talks || claim.topic == .exportControlDialogue
        switch claim.modality {
        case .action: return minor ? .medium : .high
        case .announced: return minor ? .low : (claim.topic == .rareEarthExports || claim.topic == .tariffs ? .high : .medium)
        case .signal: return .low
        }
    }
}
