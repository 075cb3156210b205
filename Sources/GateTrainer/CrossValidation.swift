import Detect
import Model

/// K-fold cross-validation of the learned gate over every labelled set at
/// once: each item falls in one fold by a hash of its id, the gate is
/// trained on the other folds, and the item is scored with that gate. So
/// every published item is scored by a gate that never saw it, which says
/// more about a policy or a feature than one held-out file can. Items of
/// sets written by the team train but are not scored: they are not
/// evidence of how the detector does on published text.
///
/// The rules are the same in every fold; they were written against many of
/// these items, so the absolute figures flatter them. What the run measures
/// fairly is what the gate adds to or takes from them.
struct CrossValidation {
    struct LabelledSet {
        var path: String
        var items: [LabelledItem]
        var weight: Float
        var scored: Bool
    }

    let folds: Int
    let trainer: GateTrainer
    let extractor: ClaimExtractor
    /// Whether the gate also reads the lexicon's class features.
    let classes: Bool
    /// Features whose every weight is below this are dropped (`Weights.pruned`).
    let prune: Float

    /// One scored item's inputs under one fold's gate.
    private struct Scored {
        var item: LabelledItem
        var input: ClaimExtractor.GateInput
        var gate: LearnedGate
    }

    func fold(of item: LabelledItem) -> Int {
        Int(GateFeatures.hash(of: item.id) % UInt64(folds))
    }

    /// Scores the rules alone and the rules with the gate under each policy.
    func run(_ sets: [LabelledSet], policies: [GatePolicy], headlineOnly: Bool) -> (rules: EvalReport, gated: [EvalReport]) {
        var scored: [Scored] = []
        for k in 0..<folds {
            var examples: [GateTrainer.Example] = []
            for set in sets {
                for item in set.items where fold(of: item) != k {
                    let extra = classes ? extractor.gateInput(title: item.title, text: item.summary).classFeatures : []
                    examples.append(GateTrainer.example(item, weight: set.weight, classes: extra))
                }
            }
            let gate = LearnedGate(model: trainer.train(examples).pruned(below: prune).model)
            for set in sets where set.scored {
                for item in set.items where fold(of: item) == k {
                    let shown = headlineOnly ? item.asHeadlineOnly : item
                    scored.append(Scored(item: shown, input: extractor.gateInput(title: shown.title, text: shown.summary), gate: gate))
                }
            }
        }
        let items = scored.map(\.item)
        var byID: [String: Scored] = [:]
        for s in scored { byID[s.item.id] = s }
        let rules = Evaluator.evaluate(items) { byID[$0.id]!.input.rules }
        let gated = policies.map { policy in
            Evaluator.evaluate(items) { item in
                var s = byID[item.id]!
                guard s.input.namesTopic else { return s.input.rules }
                s.gate.policy = policy
                return s.gate.decide(s.input.rules, title: item.title, text: item.summary, headlineSays: s.input.headlineSays,
                                     classes: s.input.classFeatures, undecided: s.input.undecided)
            }
        }
        return (rules, gated)
    }
}
