import Testing
@testable import Detect
import Model

/// Who acts when the headline names no subject, and when a move is not a
/// US-China one after all.
@Suite struct ActorInferenceTests {
    let extractor = ClaimExtractor(baseline: Seeds.baseline)

    func claims(_ title: String, _ text: String = "") -> [Claim] {
        extractor.claims(title: title, text: text)
    }

    @Test func aGenericMeasureWithoutSubjectBelongsToTheSideWhoseInstrumentsTheItemNames() throws {
        let c = try #require(claims(
            "Expansion of End-User Controls To Cover Affiliates of Certain Listed Entities",
            "BIS extends Entity List restrictions to any foreign entity 50 percent or more owned by listed Chinese parties.").first)
        #expect(c.topic == .techControls)
        #expect(c.actor == .us)
        #expect(c.direction == .tightening)
    }

    @Test func aPassiveHeadlineOnAMeasureOnlyOneSideHoldsNamesThatSide() throws {
        let c = try #require(claims("Export curbs on gallium lifted").first)
        #expect(c.topic == .rareEarthExports)
        #expect(c.actor == .china)
        #expect(c.direction == .easing)
    }

    @Test func aUSFirmBarredFromSellingToChinaIsAUSMove() throws {
        let c = try #require(claims("Nvidia barred from selling H20 to China without license").first)
        #expect(c.topic == .techControls)
        #expect(c.actor == .us)
        #expect(c.direction == .tightening)
    }

    @Test func aUSFirmBarredInChinaIsStillAChineseMove() throws {
        let c = try #require(claims("Micron banned from critical infrastructure projects in China").first)
        #expect(c.actor == .china)
    }

    @Test func rareEarthCurbsAimedAtAThirdCountryAreNotAUSChinaMove() {
        #expect(claims("China suspends rare earth magnet licences for Indian firms").isEmpty)
    }

    @Test func aThirdCountryStoryThatNeverNamesChinaMakesNoChineseClaim() {
        #expect(claims("Vietnam bans exports of rare earth ore",
                       "Hanoi said it would stop shipments of unprocessed rare earths.").isEmpty)
    }

    @Test func politicalSanctionsAreNotTradePolicy() {
        #expect(claims("China imposes sanctions on US lawmakers over Hong Kong").isEmpty)
        #expect(claims("US imposes visa restrictions on Chinese officials over Tibet").isEmpty)
    }

    @Test func aPromiseToBuySoybeansIsAConcessionInTheTalks() throws {
        let c = try #require(claims("China agrees to buy 12 million tons of US soybeans this year").first)
        #expect(c.topic == .talks)
        #expect(c.actor == .china)
        #expect(c.direction == .easing)
    }

    @Test func eCommerceIsNotTheCommerceDepartment() {
        func actors(_ text: String) -> [Actor] {
            var tokens: [Token] = []
            _ = Tokenizer.tokenize(text, firstSentence: 0, vocabulary: extractor.lexicon.vocabulary, into: &tokens)
            return Annotations(tokens: tokens, lexicon: extractor.lexicon).actor.compactMap { $0?.value }
        }
        #expect(actors("E-commerce giants and the Chamber of Commerce") == [])
        #expect(actors("Commerce adds Chinese firms to the entity list") == [.us])
    }
}
