import Foundation
import Testing
import Detect
import Model

@Suite struct BaselineDeriveTests {
    @Test func derivingFromTheSeedYieldsEveryBaselineTopic() throws {
        let article = try String(contentsOfFile: Seeds.articlePath, encoding: .utf8)
        let derived = BaselineDeriver.derive(article: article, extractor: ClaimExtractor(baseline: Baseline(positions: [])))
        let topics = Set(derived.map(\.topic))
        for topic in Seeds.baseline.topics {
            #expect(topics.contains(topic), "derive missed \(topic.rawValue)")
        }
        for p in derived { #expect(article.contains(p.quote)) }
    }

    @Test func derivedStatusFollowsTheArticlesCues() throws {
        let article = try String(contentsOfFile: Seeds.articlePath, encoding: .utf8)
        let derived = BaselineDeriver.derive(article: article, extractor: ClaimExtractor(baseline: Baseline(positions: [])))
        let channel = try #require(derived.first { $0.topic == .exportControlDialogue })
        #expect(channel.status == .proposed)
        #expect(channel.actor == .china)
    }
}
