import ArgumentParser
import Config
import Detect
import Foundation
import Model

/// `tradewatch-train-gate SETS...` (`make train-gate`): fits the learned gate
/// to labelled sets and writes its weights into the build
/// (`Sources/Detect/Gate/GateWeights.swift`). With `--validate FILE...` it
/// writes nothing: it trains on the other sets and scores the rules alone
/// against the rules with the gate on FILE, item by item as `tradewatch eval`
/// does; `--grid` tries other policy thresholds there too.
@main
struct TrainGateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tradewatch-train-gate",
        abstract: "Trains the learned gate of the detector from labelled sets.")

    @Argument(help: "Labelled sets (format of ../shared/eval/dev.jsonl) to train on.")
    var sets: [String]

    @Option(help: "Where the weights go.")
    var out = "Sources/Detect/Gate/GateWeights.swift"

    @Option(parsing: .upToNextOption, help: "Score on these sets instead of writing weights; they are not trained on.")
    var validate: [String] = []

    @Option(help: "The baseline positions.")
    var baseline = "seeds/baseline.toml"

    @Option(help: "How much an item of a set written by the team (team-*.jsonl) counts next to a published one.")
    var writtenWeight: Float = 0.5

    @Option(help: "A feature must occur in this many training items.")
    var minCount = 3

    @Option(help: "L2 penalty.")
    var l2: Float = 0.003

    @Option(help: "Passes over the training items.")
    var epochs = 300

    @Option(help: "Drop features whose every weight is below this (they barely move a score and cost memory).")
    var prune: Float = 0.1

    @Flag(help: "Leave out the lexicon's class features (GateClassFeatures): words only, as before they were added.")
    var noClasses = false

    @Option(help: "Cross-validate over all the sets in this many folds instead of writing weights (see CrossValidation).")
    var folds: Int?

    @Flag(help: "With --validate or --folds: also try other policy thresholds.")
    var grid = false

    @Option(help: "With --validate or --folds: the policy to score, as veto-direction,veto-move,add-move,add-direction,add-topic.")
    var policy: String?

    func run() throws {
        if let folds { return try crossValidate(folds: folds) }
        let validating = Set(validate)
        var examples: [GateTrainer.Example] = []
        var names: [UInt64: String] = [:]
        let extractor = Detector(baseline: try BaselineFile.load(path: baseline), gate: nil).extractor
        for path in sets where !validating.contains(path) {
            let weight: Float = (path as NSString).lastPathComponent.hasPrefix("team-") ? writtenWeight : 1
            for item in try LabelFile.load(path: path) {
                let classes = noClasses ? [] : extractor.gateInput(title: item.title, text: item.summary).classFeatures
                examples.append(GateTrainer.example(item, weight: weight, classes: classes))
                withUnsafeMutablePointer(to: &names) {
                    _ = GateFeatures.extract(title: item.title, text: item.summary, extra: classes, names: $0)
                }
            }
        }
        let trainer = GateTrainer(options: .init(minCount: minCount, l2: l2, epochs: epochs))
        let trained = trainer.train(examples).pruned(below: prune)
        print("trained on \(examples.count) items, \(trained.hashes.count) features, \(GateModel.headNames.count) heads")
        if validate.isEmpty {
            try write(trained, names: names)
        } else {
            try score(trained.model)
        }
    }

    private func write(_ trained: GateTrainer.Weights, names: [UInt64: String]) throws {
        let heads = GateModel.headNames.count
        var lines: [String] = []
        for (i, h) in trained.hashes.enumerated() {
            guard let name = names[h] else { continue }
            // Thousandths: finer than the half-precision weights the build holds.
            let row = trained.weights[(i * heads)..<((i + 1) * heads)].map { Int(($0 * 1000).rounded()) }
            if name != "<bias>", row.allSatisfy({ $0 == 0 }) { continue }
            lines.append(([name] + row.map(String.init)).joined(separator: "\t"))
        }
        lines.sort()
        let source = """
        // Written by `make train-gate` (Sources/GateTrainer) from the label sets; do not edit.
        // \(lines.count) features, \(heads) heads, weights in thousandths; see GateModel for the format.
        enum GateWeights {
            static let text = #\"\"\"
        heads\t\(GateModel.headNames.joined(separator: "\t"))
        \(lines.joined(separator: "\n"))
        \"\"\"#
        }

        """
        try source.write(toFile: out, atomically: true, encoding: .utf8)
        print("wrote \(out) (\(source.utf8.count) bytes)")
    }

    private func score(_ model: GateModel) throws {
        let positions = try BaselineFile.load(path: baseline)
        let rules = Detector(baseline: positions, gate: nil)
        let chosen = try policy.map(GatePolicy.init(parsing:)) ?? GatePolicy()
        let others = grid ? GatePolicy.grid : []
        for path in validate {
            let items = try LabelFile.load(path: path)
            for (label, set) in [("full", items), ("headline-only", items.map(\.asHeadlineOnly))] {
                func report(_ policy: GatePolicy) -> EvalReport {
                    Evaluator.evaluate(set, detector: Detector(baseline: positions, gate: LearnedGate(model: model, policy: policy)))
                }
                printComparison("\(path) (\(label))", rules: Evaluator.evaluate(set, detector: rules), gated: report(chosen),
                                others: others.map { ($0, report($0)) })
            }
        }
    }

    /// The rules alone against the rules with the gate under the chosen
    /// policy, then the best of the other policies tried that reverse no
    /// more items than it.
    func printComparison(_ title: String, rules: EvalReport, gated: EvalReport, others: [(GatePolicy, EvalReport)]) {
        print("== " + title)
        print("rules alone      " + rules.compactLine)
        print("rules + gate     " + gated.compactLine)
        // The policy's own criterion (GatePolicy): no more reversals than the rules alone.
        let ranked = others.filter { $0.1.reversals.count <= rules.reversals.count }.sorted { $0.1.f1 > $1.1.f1 }.prefix(8)
        for (p, r) in ranked { print(p.described + ": " + r.compactLine) }
    }
}
