import Config
import Foundation
import Testing
@testable import Detect

/// Any text, however garbled, yields claims without trapping: the daemon
/// runs the extractor on whatever feeds send.
@Suite struct RobustnessTests {
    /// The soup found it: an exemption verb whose "that" ends the sentence once read past the sentence's end.
    @Test func anExemptionVerbBeforeAClosingThatReads() {
        let extractor = ClaimExtractor(baseline: Seeds.baseline)
        for text in ["dupont exclude that", "US will exempt that", "China exempts those goods, and more that"] {
            #expect(extractor.claims(title: "x", text: text).allSatisfy { !$0.evidence.isEmpty })
        }
    }

    @Test func randomLexiconSoupNeverTraps() {
        let extractor = ClaimExtractor(baseline: Seeds.baseline)
        let words = extractor.lexicon.vocabulary.words.sorted() + [",", ".", "?", ";", "'s", "%", "10", "after", "not", "to"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        var claimsSeen = 0
        for _ in 0..<3000 {
            let title = (0..<(3 + next() % 10)).map { _ in words[next() % words.count] }.joined(separator: " ")
            let text = (0..<(next() % 30)).map { _ in words[next() % words.count] }.joined(separator: " ")
            for claim in extractor.claims(title: title, text: text) {
                claimsSeen += 1
                #expect(!claim.evidence.isEmpty)
            }
        }
        #expect(claimsSeen > 0)
    }
}

/// Feeds cut headlines short ("... unreliable entity list as" once trapped
/// the object reading), so every cut of real wording must read without
/// trapping: each word prefix of every labelled headline, and every fourth
/// word prefix of the first 32 words of each lede. A trap ends the test run.
@Suite struct TruncatedWordingTests {
    static func labelledItems() throws -> [LabelledItem] {
        let root = Seeds.root.appendingPathComponent("Tests/Labels")
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var items: [LabelledItem] = []
        // (Not a set kept blind for a later stop: no detector runs on it before it is split.)
        for case let path as String in walker where path.hasSuffix(".jsonl") && !path.hasSuffix("blind.jsonl") {
            items += try LabelFile.load(path: root.appendingPathComponent(path).path)
        }
        return items
    }

    @Test func everyWordPrefixOfLabelledWordingReadsWithoutTrapping() throws {
        let items = try Self.labelledItems()
        #expect(items.count > 5000)
        var read = 0
        for item in items {
            let title = item.title.split(separator: " ")
            for n in 1...max(1, title.count) {
                _ = claims(title.prefix(n).joined(separator: " "))
                read += 1
            }
            let lede = item.summary.split(separator: " ").prefix(32)
            for n in stride(from: 1, through: lede.count, by: 4) {
                _ = claims(item.title, lede.prefix(n).joined(separator: " "))
                read += 1
            }
        }
        #expect(read > 80_000)
    }
}
