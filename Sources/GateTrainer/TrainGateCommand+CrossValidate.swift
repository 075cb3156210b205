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
        var policies = [GatePolicy()]
        if grid { policies += GatePolicy.grid }
        for headlineOnly in [false, true] {
            let (rules, gated) = cv.run(labelled, policies: policies, headlineOnly: headlineOnly)
            print("== \(folds)-fold cross-validation, \(rules.items) published items (\(headlineOnly ? "headline-only" : "full"))")
            print("rules alone      " + line(rules))
            print("rules + gate     " + line(gated[0]))
            guard grid else { continue }
            let ranked = zip(policies, gated).dropFirst().filter { $0.1.reversals.count <= gated[0].reversals.count }
                .sorted { $0.1.f1 > $1.1.f1 }.prefix(8)
            for (p, r) in ranked { print(p.described + ": " + line(r)) }
        }
    }
}

extension GatePolicy {
    /// The thresholds `--grid` tries.
    static var grid: [GatePolicy] {
        var out: [GatePolicy] = []
        for vd: Float in [0, 0.05, 0.1, 0.2, 0.3] {
            for vm: Float in [0, 0.02, 0.05, 0.1] {
                for am: Float in [0.4, 0.5, 0.6, 0.7, 0.8] {
                    for ad: Float in [0.75, 0.8, 0.85, 0.9, 0.95] {
                        for at: Float in [0.5, 0.6, 0.7] {
                            var p = GatePolicy()
                            (p.vetoDirection, p.vetoMove, p.addMove, p.addDirection, p.addTopic) = (vd, vm, am, ad, at)
                            out.append(p)
                        }
                    }
                }
            }
        }
        return out
    }

    var described: String {
        "veto dir \(vetoDirection) move \(vetoMove), add move \(addMove) dir \(addDirection) topic \(addTopic)"
    }
}
