import Config
import Detect
import Foundation
import Model

extension TrainGateCommand {
    /// `--folds K`: every published item scored by a gate trained without it,
    /// under the shipped policy and (with `--grid`) a grid of others.
    func crossValidate(folds: Int) throws {
        let positions = try BaselineFile.load(path: baseline)
        var labelled: [CrossValidation.LabelledSet] = []
        for path in sets {
            let team = (path as NSString).lastPathComponent.hasPrefix("team-")
            labelled.append(.init(path: path, items: try LabelFile.load(path: path), weight: team ? writtenWeight : 1, scored: !team))
        }
        let cv = CrossValidation(folds: folds, trainer: GateTrainer(options: .init(minCount: minCount, l2: l2, epochs: epochs)),
                                 extractor: Detector(baseline: positions, gate: nil).extractor, classes: !noClasses, prune: prune)
        var policies = [try policy.map(GatePolicy.init(parsing:)) ?? GatePolicy()]
        if grid { policies += GatePolicy.grid }
        for headlineOnly in [false, true] {
            let (rules, gated) = cv.run(labelled, policies: policies, headlineOnly: headlineOnly)
            printComparison("\(folds)-fold cross-validation, \(rules.items) published items (\(headlineOnly ? "headline-only" : "full"))",
                            rules: rules, gated: gated[0], others: Array(zip(policies, gated).dropFirst()))
        }
    }
}
