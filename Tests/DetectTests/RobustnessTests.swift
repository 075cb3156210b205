import Testing
@testable import Detect

/// Any text, however garbled, yields claims without trapping: the daemon
/// runs the extractor on whatever feeds send.
@Suite struct RobustnessTests {
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
