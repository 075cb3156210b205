import FoundationEssentials
import Model

/// The detector: an item's title and plain text in, alerts out, measured
/// against the baseline and the current positions. Pure: no I/O, the clock
/// is passed in, and the state is a value the caller threads through items.
///
///     let detector = Detector(baseline: baseline)
///     var state = PositionState()
///     for (item, text) in items {
///         let d = detector.detect(item: item, text: text, feed: url, at: now, state: state)
///         state = d.state   // assign ids to d.alerts, commit them
///     }
public struct Detector: Sendable {
    let baseline: Baseline
    package let extractor: ClaimExtractor
    let judge: PositionJudge

    public init(baseline: Baseline) {
        self.baseline = baseline
        extractor = ClaimExtractor(baseline: baseline)
        judge = PositionJudge(baseline: baseline)
    }

    /// A detector with another gate, or none (the rules alone).
    package init(baseline: Baseline, gate: LearnedGate?) {
        self.baseline = baseline
        extractor = ClaimExtractor(baseline: baseline, gate: gate)
        judge = PositionJudge(baseline: baseline)
    }

    /// The claims in an item (title + plain-text summary), one per topic.
    package func claims(title: String, text: String) -> [Claim] {
        extractor.claims(title: title, text: text)
    }

    /// Alerts for `item`, whose HTML the caller has reduced to `text`.
    public func detect(item: FeedItem, text: String, feed: String, at time: Date, state: PositionState) -> Detection {
        var state = state
        var alerts: [Alert] = []
        for claim in claims(title: item.title ?? "", text: text) {
            let j = judge.judge(claim, state: state)
            state = j.state
            alerts.append(Alert(
                id: 0, time: time, kind: j.kind, severity: j.severity, topic: claim.topic, actor: claim.actor,
                direction: claim.direction, modality: claim.modality,
                baseline: .init(position: j.baseline?.id ?? "none", stance: j.baseline?.stance ?? "not in the baseline"),
                item: .init(feed: feed, id: item.id, title: item.title, link: item.link, published: item.published),
                evidence: claim.evidence, matched: claim.matched, quantities: claim.quantities, reason: j.reason))
        }
        return Detection(alerts: alerts, state: state)
    }
}
