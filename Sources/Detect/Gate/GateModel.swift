#if canImport(Glibc)
import Glibc
#endif
import Model

/// A learned gate's weights: one logistic-regression head per question the
/// gate answers about an item, over the features of `GateFeatures`.
///
/// Heads: `move` (the item reports a move with a direction), `tightening`
/// (rather than easing, given a move), `china` (China moves rather than the
/// US), `action` (done rather than announced or signalled), and one per topic
/// (the move is on that topic). Loaded from the text `make train-gate`
/// writes (`GateWeights.swift`): a header line naming the heads, then one
/// line per feature, its text and one weight per head, tab-separated.
package struct GateModel: Sendable {
    package static let fixedHeads = ["move", "tightening", "china", "action"]
    package static var headNames: [String] { fixedHeads + Topic.allCases.map(\.rawValue) }

    /// Feature hashes, sorted; weights row-major, `headCount` per feature.
    package let hashes: [UInt64]
    package let weights: [Float]
    let headCount: Int
    /// The weights text and where each feature's line starts in its UTF-8,
    /// in the order of `hashes`: a gate claim names its words from these
    /// without a table of names in memory.
    let source: String
    let lineStarts: [Int32]
    /// An open-addressing table from feature hash to its index in `hashes`
    /// (0 marks an empty slot), at most half full: one probe per feature
    /// where a binary search took fourteen, on every item of every feed.
    let slots: [UInt64]
    let slotIndex: [Int32]

    package struct LoadError: Error, CustomStringConvertible {
        package var line: Int
        package var message: String
        package var description: String { "learned gate weights, line \(line): \(message)" }
    }

    package init(hashes: [UInt64], weights: [Float]) {
        self.init(hashes: hashes, weights: weights, source: "", lineStarts: [])
    }

    private init(hashes: [UInt64], weights: [Float], source: String, lineStarts: [Int32]) {
        headCount = Self.headNames.count
        precondition(weights.count == hashes.count * headCount, "one weight per head and feature")
        let order = hashes.indices.sorted { hashes[$0] < hashes[$1] }
        self.hashes = order.map { hashes[$0] }
        var sorted: [Float] = []
        sorted.reserveCapacity(weights.count)
        for i in order { sorted.append(contentsOf: weights[(i * headCount)..<((i + 1) * headCount)]) }
        self.weights = sorted
        self.source = source
        self.lineStarts = lineStarts.isEmpty ? [] : order.map { lineStarts[$0] }
        var size = 1024
        while size < self.hashes.count * 2 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size), slotIndex = [Int32](repeating: -1, count: size)
        for (i, h) in self.hashes.enumerated() where h != 0 {
            var s = Int(truncatingIfNeeded: h) & (size - 1)
            while slots[s] != 0 { s = (s + 1) & (size - 1) }
            (slots[s], slotIndex[s]) = (h, Int32(i))
        }
        self.slots = slots
        self.slotIndex = slotIndex
    }

    /// Where a feature's weights start, if the gate knows it.
    func row(of feature: UInt64) -> Int? {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: feature) & mask
        while slots[s] != 0 {
            if slots[s] == feature { return Int(slotIndex[s]) * headCount }
            s = (s + 1) & mask
        }
        return nil
    }

    /// The text of the feature at a row of `weights`, when loaded from text.
    func name(atRow row: Int) -> String? {
        let i = row / headCount
        guard i < lineStarts.count else { return nil }
        let utf8 = source.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: Int(lineStarts[i]))
        let end = utf8[start...].firstIndex(of: UInt8(ascii: "\t")) ?? utf8.endIndex
        return String(source[start..<end])
    }

    /// Parses the weights text; its heads must be this build's heads, in order.
    package init(text: String) throws(LoadError) {
        var hashes: [UInt64] = []
        var weights: [Float] = []
        var starts: [Int32] = []
        let heads = Self.headNames
        var sawHeader = false
        for (n, line) in text.split(separator: "\n").enumerated() {
            if line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if !sawHeader {
                guard fields.first == "heads", fields.dropFirst().map(String.init) == heads else {
                    throw LoadError(line: n + 1, message: "the heads are not \(heads.joined(separator: ", "))")
                }
                sawHeader = true
                continue
            }
            guard fields.count == heads.count + 1 else {
                throw LoadError(line: n + 1, message: "\(fields.count - 1) weights where \(heads.count) heads are")
            }
            hashes.append(GateFeatures.hash(of: String(fields[0])))
            starts.append(Int32(text.utf8.distance(from: text.utf8.startIndex, to: line.startIndex)))
            for f in fields.dropFirst() {
                guard let w = Float(f) else { throw LoadError(line: n + 1, message: "'\(f)' is not a number") }
                weights.append(w)
            }
        }
        guard sawHeader else { throw LoadError(line: 1, message: "no header line") }
        self.init(hashes: hashes, weights: weights, source: text, lineStarts: starts)
    }

    /// Each head's probability for an item with these features;
    /// features the gate never saw in training count nothing.
    package func scores(_ features: [UInt64]) -> GateScores {
        var sums = [Float](repeating: 0, count: headCount)
        for f in features {
            guard let base = row(of: f) else { continue }
            for h in 0..<headCount { sums[h] += weights[base + h] }
        }
        return GateScores(probabilities: sums.map { 1 / (1 + expf(-$0)) })
    }

    package func scores(title: String, text: String) -> GateScores {
        scores(GateFeatures.extract(title: title, text: text))
    }
}

/// A learned gate's answers about one item, each a probability.
package struct GateScores: Sendable {
    package var probabilities: [Float]

    package var move: Float { probabilities[0] }
    package var tightening: Float { probabilities[1] }
    package var china: Float { probabilities[2] }
    package var action: Float { probabilities[3] }
    package func topic(_ t: Topic) -> Float { probabilities[GateModel.fixedHeads.count + Topic.allCases.firstIndex(of: t)!] }

    /// How likely the gate thinks `direction` is, given a move.
    package func probability(of direction: Direction) -> Float { direction == .tightening ? tightening : 1 - tightening }
}
