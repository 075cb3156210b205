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
/// line per feature, its text and one weight per head in thousandths,
/// tab-separated.
///
/// Kept small because the daemon holds it for good (its 399-feed cycle has a
/// 40 MB bound): half-precision weights, an index table of 32-bit slots, and
/// a load in one pass over the text's bytes with no copy of it.
package struct GateModel: Sendable {
    static let fixedHeads = ["move", "tightening", "china", "action"]
    package static var headNames: [String] { fixedHeads + Topic.allCases.map(\.rawValue) }

    /// Feature hashes; weights row-major, `headCount` per feature, in the same order.
    package let hashes: [UInt64]
    let weights: [Float16]
    let headCount: Int
    /// The weights text and where each feature's line starts in its UTF-8:
    /// a gate claim names its words from these without a table of names.
    let source: String
    let lineStarts: [Int32]
    /// An open-addressing table of indexes into `hashes` (-1: empty), at most
    /// half full: one probe per feature, on every item that names a topic.
    let slots: [Int32]

    package struct LoadError: Error, CustomStringConvertible {
        package var line: Int
        var message: String
        package var description: String { "learned gate weights, line \(line): \(message)" }
    }

    /// A model straight from training (no text: its claims name no words).
    package init(hashes: [UInt64], weights: [Float]) {
        self.init(hashes: hashes, weights: weights.map(Float16.init), source: "", lineStarts: [])
    }

    private init(hashes: [UInt64], weights: [Float16], source: String, lineStarts: [Int32]) {
        headCount = Self.headNames.count
        precondition(weights.count == hashes.count * headCount, "one weight per head and feature")
        self.hashes = hashes
        self.weights = weights
        self.source = source
        self.lineStarts = lineStarts
        var size = 1024
        while size < hashes.count * 2 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        for (i, h) in hashes.enumerated() {
            var s = Int(truncatingIfNeeded: h) & (size - 1)
            while slots[s] >= 0 { s = (s + 1) & (size - 1) }
            slots[s] = Int32(i)
        }
        self.slots = slots
    }

    /// Parses the weights text; its heads must be this build's heads, in order.
    package init(text: String) throws(LoadError) {
        let heads = Self.headNames
        var source = text
        let parsed = source.withUTF8 { bytes -> Result<(hashes: [UInt64], weights: [Float16], starts: [Int32]), LoadError> in
            Result { () throws(LoadError) in try Self.parse(bytes, heads: heads) }
        }
        let (hashes, weights, starts) = try parsed.get()
        self.init(hashes: hashes, weights: weights, source: source, lineStarts: starts)
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, heads: [String]) throws(LoadError)
        -> (hashes: [UInt64], weights: [Float16], starts: [Int32]) {
        let tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n")
        let lines = bytes.reduce(0) { $0 + ($1 == newline ? 1 : 0) } + 1
        var hashes: [UInt64] = [], weights: [Float16] = [], starts: [Int32] = []
        hashes.reserveCapacity(lines)
        starts.reserveCapacity(lines)
        weights.reserveCapacity(lines * heads.count)
        var sawHeader = false
        var lineNumber = 0
        var i = 0
        while i < bytes.count {
            lineNumber += 1
            let start = i
            var end = i
            while end < bytes.count, bytes[end] != newline { end += 1 }
            i = end + 1
            if start == end || bytes[start] == UInt8(ascii: "#") { continue }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if !sawHeader {
                let fields = line.split(separator: tab, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
                guard fields.first == "heads", Array(fields.dropFirst()) == heads else {
                    throw LoadError(line: lineNumber, message: "the heads are not \(heads.joined(separator: ", "))")
                }
                sawHeader = true
                continue
            }
            guard let nameEnd = line.firstIndex(of: tab) else {
                throw LoadError(line: lineNumber, message: "0 weights where \(heads.count) heads are")
            }
            var count = 0
            var j = nameEnd
            while j < line.count {
                // One integer in thousandths after each tab.
                j += 1
                var negative = false, value = 0, digits = 0
                if j < line.count, line[j] == UInt8(ascii: "-") { negative = true; j += 1 }
                while j < line.count, line[j] >= 48, line[j] <= 57 { value = value * 10 + Int(line[j] - 48); digits += 1; j += 1 }
                guard digits > 0, j == line.count || line[j] == tab else {
                    throw LoadError(line: lineNumber, message: "weight \(count + 1) is not a whole number of thousandths")
                }
                weights.append(Float16(Float(negative ? -value : value) / 1000))
                count += 1
            }
            guard count == heads.count else {
                throw LoadError(line: lineNumber, message: "\(count) weights where \(heads.count) heads are")
            }
            hashes.append(GateFeatures.hash(of: UnsafeBufferPointer(rebasing: line[..<nameEnd])))
            starts.append(Int32(start))
        }
        guard sawHeader else { throw LoadError(line: 1, message: "no header line") }
        return (hashes, weights, starts)
    }

    /// Where a feature's weights start, if the gate knows it.
    func row(of feature: UInt64) -> Int? {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: feature) & mask
        while slots[s] >= 0 {
            let i = Int(slots[s])
            if hashes[i] == feature { return i * headCount }
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

    /// Each head's probability for an item with these features;
    /// features the gate never saw in training count nothing.
    func scores(_ features: [UInt64]) -> GateScores {
        var sums = [Float](repeating: 0, count: headCount)
        for f in features {
            guard let base = row(of: f) else { continue }
            for h in 0..<headCount { sums[h] += Float(weights[base + h]) }
        }
        return GateScores(probabilities: sums.map { 1 / (1 + expf(-$0)) })
    }

    func scores(title: String, text: String) -> GateScores {
        scores(GateFeatures.extract(title: title, text: text))
    }
}

/// A learned gate's answers about one item, each a probability.
struct GateScores: Sendable {
    var probabilities: [Float]

    var move: Float { probabilities[0] }
    var tightening: Float { probabilities[1] }
    var china: Float { probabilities[2] }
    var action: Float { probabilities[3] }
    func topic(_ t: Topic) -> Float { probabilities[GateModel.fixedHeads.count + Topic.allCases.firstIndex(of: t)!] }

    /// How likely the gate thinks `direction` is, given a move.
    func probability(of direction: Direction) -> Float { direction == .tightening ? tightening : 1 - tightening }
}
