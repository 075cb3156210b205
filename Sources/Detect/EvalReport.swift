import Model

/// The detector's score on a labelled set, with every miss, false alarm and
/// reversal and the evidence behind it.
public struct EvalReport: Sendable {
    public struct Finding: Sendable {
        public var item: LabelledItem
        /// The claims made on the item (empty for a miss with no claim).
        public var claims: [Claim]
    }

    public var items: Int
    /// Items labelled with a direction (easing or tightening).
    public var positives: Int
    /// Items with at least one claim.
    public var alerted: Int
    /// Positives with a claim on a labelled topic in the labelled direction.
    public var hits: Int
    public var misses: [Finding]
    public var falseAlarms: [Finding]
    /// Claims on a labelled topic in the direction opposite to the label: the
    /// worst error, told apart from the other false alarms and misses.
    public var reversals: [Finding] = []

    public init(items: Int, positives: Int, alerted: Int, hits: Int, misses: [Finding], falseAlarms: [Finding],
                reversals: [Finding] = []) {
        self.items = items
        self.positives = positives
        self.alerted = alerted
        self.hits = hits
        self.misses = misses
        self.falseAlarms = falseAlarms
        self.reversals = reversals
    }

    /// Adds another set's counts and findings to this one.
    public mutating func absorb(_ other: EvalReport) {
        items += other.items
        positives += other.positives
        alerted += other.alerted
        hits += other.hits
        misses += other.misses
        falseAlarms += other.falseAlarms
        reversals += other.reversals
    }

    public var precision: Double { alerted == 0 ? 1 : Double(hits) / Double(alerted) }
    public var recall: Double { positives == 0 ? 1 : Double(hits) / Double(positives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}
