import Model

/// How the learned gate and the rules decide together.
///
/// The rules read the grammar and give evidence; they are sure of wording
/// they were written for and silent or wrong on wording they were not. The
/// gate has read every labelled item and knows which words go with moves
/// and with each direction, but not why. So the rules speak first; the gate
/// takes back a rule claim whose direction it finds very unlikely (a wrong
/// direction is worse than a miss), but not a trade-remedy body's own injury
/// vote (`Claim.ruling`), and raises a claim of its own only where
/// the rules raised none and it is sure of the move, its direction and its
/// topic together.
///
/// The thresholds are the best F1 with no more reversals than the rules
/// alone in 5-fold cross-validation over every published labelled item
/// (`make train-gate GATE_ARGS="--folds 5 --grid"`), not fitted to a
/// held-out file.
package struct GatePolicy: Sendable, Equatable {
    /// A rule claim is dropped when the gate gives its direction less than this.
    package var vetoDirection: Float = 0.05
    /// Every rule claim is dropped when the gate gives a move less than this.
    package var vetoMove: Float = 0.10
    /// A rule claim read in the lede alone is dropped when the gate gives a move less than this: a lede also
    /// tells the background of a story whose headline reports no move. Kept at the threshold for every claim:
    /// in 5-fold cross-validation (stop 52) 0.20 kept F1 at 0.882 and raised precision 0.924 -> 0.927 (0.5:
    /// 0.938 / 0.829, F1 0.880), but it cost three labelled sets a hit each, so it is a `--policy` option only.
    package var vetoLedeMove: Float = 0.10
    /// The gate raises a claim of its own only when a move is at least this likely,
    package var addMove: Float = 0.90
    /// its direction at least this likely,
    package var addDirection: Float = 0.98
    /// and its topic at least this likely.
    package var addTopic: Float = 0.60
    /// and only in the direction a change word of the headline itself says ("Removals From ..."): a claim
    /// of the gate's own needs the headline's word for its way, not just no word against it.
    package var addNeedsHeadlineWord = true

    package init() {}
}

/// The learned gate: the weights `make train-gate` wrote, and the policy.
package struct LearnedGate: Sendable {
    package let model: GateModel
    package var policy: GatePolicy
    package init(model: GateModel, policy: GatePolicy = GatePolicy()) {
        self.model = model
        self.policy = policy
    }

    /// The gate of this build, from the weights compiled into it; nil only if
    /// they do not parse (a test pins that they do).
    package static let embedded: LearnedGate? = {
        guard let model = try? GateModel(text: GateWeights.text) else { return nil }
        return LearnedGate(model: model)
    }()

    /// The rules' claims for an item, with the gate's say added.
    /// `headlineSays`: the directions the headline's own change words carry
    /// ("Removals From ..." eases); the gate never raises the other way.
    /// `classes`: the item's `GateClassFeatures`; `undecided`: topics the
    /// rules found both ways, which the gate leaves alone too.
    package func decide(_ claims: [Claim], title: String, text: String, headlineSays: Set<Direction> = [],
                        classes: [UInt64] = [], undecided: Set<Topic> = []) -> [Claim] {
        let features = GateFeatures.extract(title: title, text: text, extra: classes)
        let scores = model.scores(features)
        if !claims.isEmpty {
            guard scores.move >= policy.vetoMove else { return claims.filter(\.ruling) }
            return claims.filter { $0.ruling || scores.probability(of: $0.direction) >= policy.vetoDirection
                && ($0.inTitle || scores.move >= policy.vetoLedeMove) }
        }
        guard scores.move >= policy.addMove else { return [] }
        let direction: Direction = scores.tightening >= 0.5 ? .tightening : .easing
        guard scores.probability(of: direction) >= policy.addDirection,
              !headlineSays.contains(direction.opposite),
              !policy.addNeedsHeadlineWord || headlineSays.contains(direction) else { return [] }
        guard let topic = Topic.allCases.max(by: { scores.topic($0) < scores.topic($1) }),
              scores.topic(topic) >= policy.addTopic, !undecided.contains(topic) else { return [] }
        let evidence = title.isEmpty ? String(text.prefix(280)) : title
        return [Claim(topic: topic, actor: scores.china >= 0.5 ? .china : .us, direction: direction,
                      modality: scores.action >= 0.5 ? .action : .announced, evidence: evidence,
                      matched: ["learned gate"] + strongest(features, direction: direction, topic: topic),
                      inTitle: !title.isEmpty, implied: true)]
    }

    /// The three words that pushed hardest toward this direction and topic together.
    private func strongest(_ features: [UInt64], direction: Direction, topic: Topic) -> [String] {
        let sign: Float = direction == .tightening ? 1 : -1
        let topicHead = GateModel.fixedHeads.count + Topic.allCases.firstIndex(of: topic)!
        var weighed: [(row: Int, weight: Float)] = []
        for f in features where f != GateFeatures.bias {
            guard let row = model.row(of: f) else { continue }
            weighed.append((row, sign * Float(model.weights[row + 1]) + Float(model.weights[row + topicHead]) + Float(model.weights[row])))
        }
        return weighed.sorted { $0.weight > $1.weight }.prefix(3).compactMap { model.name(atRow: $0.row) }
    }
}
