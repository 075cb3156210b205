import Detect
import Glibc
import Model

/// Fits the learned gate's heads (`GateModel`) to labelled items: one
/// L2-regularised logistic regression per head, full-batch Adam, the same
/// steps in the same order on every run, so the same label sets always give
/// the same weights.
struct GateTrainer {
    struct Options {
        /// A feature must occur in at least this many training items to get weights.
        var minCount = 3
        var l2: Float = 0.003
        var epochs = 300
        var learningRate: Float = 0.05
    }

    /// One training item: its features and, per head, its target or nil when
    /// the head does not learn from it.
    struct Example {
        var features: [UInt64]
        var targets: [Float?]
        var weight: Float
    }

    /// `classes`: the item's lexicon class features (`ClaimExtractor.gateInput`), or none.
    static func example(_ item: LabelledItem, weight: Float, classes: [UInt64] = []) -> Example {
        let features = GateFeatures.extract(title: item.title, text: item.summary, extra: classes)
        let direction = item.relevant ? item.direction : nil
        var targets: [Float?] = [direction == nil ? 0 : 1]
        if let direction {
            targets.append(direction == .tightening ? 1 : 0)
            targets.append(item.actor.map { $0 == .china ? 1 : 0 })
            targets.append(item.modality.map { $0 == .action ? 1 : 0 })
            for t in Topic.allCases { targets.append(item.topics.contains(t) ? 1 : 0) }
        } else {
            targets += [Float?](repeating: nil, count: GateModel.headNames.count - 1)
        }
        return Example(features: features, targets: targets, weight: weight)
    }

    let options: Options

    /// The features kept and their weights, `GateModel.headNames.count` per feature.
    struct Weights {
        var hashes: [UInt64]
        var weights: [Float]
        var model: GateModel { GateModel(hashes: hashes, weights: weights) }

        /// Without the features whose every weight is smaller than `threshold`
        /// (the bias stays): they barely move a score, and each costs the
        /// build's text and the daemon's memory.
        func pruned(below threshold: Float) -> Weights {
            let heads = GateModel.headNames.count
            var out = Weights(hashes: [], weights: [])
            for (i, h) in hashes.enumerated() {
                let row = weights[(i * heads)..<((i + 1) * heads)]
                guard h == GateFeatures.bias || row.contains(where: { abs($0) >= threshold }) else { continue }
                out.hashes.append(h)
                out.weights += row
            }
            return out
        }
    }

    func train(_ examples: [Example]) -> Weights {
        let heads = GateModel.headNames.count
        // The features that occur often enough, each with its row.
        var counts: [UInt64: Int] = [:]
        for e in examples { for f in Set(e.features) { counts[f, default: 0] += 1 } }
        let kept = counts.filter { $0.value >= options.minCount || $0.key == GateFeatures.bias }.keys.sorted()
        var row: [UInt64: Int] = [:]
        for (i, f) in kept.enumerated() { row[f] = i }
        let rows = examples.map { $0.features.compactMap { row[$0] } }

        var w = [Float](repeating: 0, count: kept.count * heads)
        var m = w, v = w
        let beta1: Float = 0.9, beta2: Float = 0.999, eps: Float = 1e-8
        var seen = [Float](repeating: 0, count: heads)
        for e in examples { for h in 0..<heads where e.targets[h] != nil { seen[h] += e.weight } }
        let biasRow = row[GateFeatures.bias]!
        for epoch in 1...options.epochs {
            var grad = [Float](repeating: 0, count: w.count)
            for (e, r) in zip(examples, rows) {
                for h in 0..<heads {
                    guard let y = e.targets[h] else { continue }
                    var z: Float = 0
                    for i in r { z += w[i * heads + h] }
                    let p = 1 / (1 + expf(-z))
                    let g = (p - y) * e.weight / seen[h]
                    for i in r { grad[i * heads + h] += g }
                }
            }
            let c1 = 1 - powf(beta1, Float(epoch)), c2 = 1 - powf(beta2, Float(epoch))
            for j in 0..<w.count {
                // No penalty on the biases: they carry each head's base rate.
                let g = grad[j] + (j / heads == biasRow ? 0 : options.l2 * w[j])
                m[j] = beta1 * m[j] + (1 - beta1) * g
                v[j] = beta2 * v[j] + (1 - beta2) * g * g
                w[j] -= options.learningRate * (m[j] / c1) / ((v[j] / c2).squareRoot() + eps)
            }
        }
        return Weights(hashes: kept, weights: w)
    }
}
