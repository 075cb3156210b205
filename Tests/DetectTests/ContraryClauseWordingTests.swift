import Testing
@testable import Detect
import Model

/// Wordings where one sentence holds a move and what undoes or narrows it:
/// a relief for everyone but the other side, a change put off in the
/// passive, a rule named by the relief it grants, a clause after "as" with
/// its own subject. Each read the wrong way round on real items before.
@Suite struct ContraryClauseWordingTests {
    @Test func whatComesWithAMovePastItsObjectIsItsConditionNotWhatMoves() {
        // Read after round 42 was scored.
        expectEachReads([("Trump greenlights Nvidia H200 chip sales to China with 25% levy", .techControls, .us, .easing)])
        #expect(!ruleClaims("Trump greenlights Nvidia H200 chip sales to China with 25% levy").contains { $0.topic == .tariffs })
        // What a side strikes back with is still its move.
        expectEachReads([("China retaliates against US with tariffs", .tariffs, .china, .tightening)])
    }

    @Test func aPassiveWhoseSubjectOpensWithNoIsDenied() {
        // Read after round 42 was scored: its one reversal.
        #expect(ruleClaims("China news", "No retaliatory tariffs will be imposed on US goods, China said.")
            .allSatisfy { $0.direction != .tightening })
        #expect(ruleClaims("China news", "Retaliatory tariffs will be imposed on US goods, China said.")
            .contains { $0.topic == .tariffs && $0.direction == .tightening })
    }

    @Test func reliefForTheRestWithARiseForTheOtherSideIsNotItsRelief() {
        let joinedByAnd = claims("Trump's tariff turn",
                                 "The president suspended most 'reciprocal' tariffs for 90 days and raised his tariffs for China to 125%")
        #expect(joinedByAnd.allSatisfy { $0.direction != .easing })
        #expect(joinedByAnd.contains { $0.topic == .tariffs && $0.direction == .tightening })
        // The other side named after a comma with a rise of its own.
        #expect(claims("Trump announces 90-day tariff pause, China faces 125% tariff increase").allSatisfy { $0.direction != .easing })
        // A relief that names the other side is its relief.
        let c = claims("US announces 90-day tariff pause for China, markets rally").first { $0.topic == .tariffs }
        #expect(c?.direction == .easing)
    }

    @Test func aReliefForTheRestOrMostNationsIsNotTheOtherSides() throws {
        let c = try #require(claims("Trump raises tariffs on China, pauses tariffs on the rest").first { $0.topic == .tariffs })
        #expect(c.direction == .tightening)
        #expect(claims("Trump pauses tariffs on most nations for 90 days, raises tariffs on China to 125%").allSatisfy { $0.direction != .easing })
        // A pause on the other side itself is its relief.
        #expect(claims("US pauses tariffs on China for 90 days").contains { $0.topic == .tariffs && $0.direction == .easing })
    }

    @Test func aRuleNamedByItsReliefIsThatRelief() throws {
        let c = try #require(claims("Trump Ends Duty-Free Import Rule, Reshaping U.S.-China E-Commerce Landscape").first { $0.topic == .tariffs })
        #expect(c.direction == .tightening)
        // A rule that is a measure still eases when ended.
        let rule = try #require(claims("US ends chip export rule for China").first)
        #expect(rule.direction == .easing)
    }

    @Test func anAnnouncedMeasureThatWillNotBeChargedIsNoNewMeasure() {
        let text = "December 13, 2019 – President Trump announced via twitter, the tariffs from List 4B set for December 15th will not be charged due to the Phase One Deal made with China."
        #expect(claims("Section 301 update", text).allSatisfy { $0.direction != .tightening })
    }

    @Test func aChangePutOffInThePassiveIsNotMade() throws {
        let lede = "President Trump announced on Sunday that the increases in duty rates on Section 301 List 3 tariffs that were scheduled to take effect on March 1, 2019 are being postponed, citing progress in trade talks between the US and China."
        let c = try #require(claims("Tariff update", lede).first { $0.topic == .tariffs })
        #expect(c.direction == .easing)
        // A headline that ends on the delay.
        let h = claims("Tariff hike on Chinese goods postponed")
        #expect(h.contains { $0.direction == .easing })
        #expect(h.allSatisfy { $0.direction != .tightening })
    }

    @Test func firmsTargetingAMarketAreNoMeasure() {
        let text = "the United States has announced the lifting of export restrictions on chip design software developers and ethane producers targeting the Chinese market."
        #expect(claims("US trade thaw", text).allSatisfy { $0.direction != .tightening })
    }

    @Test func aClauseAfterAsHasItsOwnSubject() {
        #expect(claims("China calls off rise in tariffs on U.S. soybeans and pork as trade overtures resume")
            .allSatisfy { $0.direction != .tightening })
    }

    @Test func aSubordinateClauseEndsTheObject() throws {
        let c = try #require(claims("China to create blacklist of \"unreliable\" foreign firms as trade war with US escalates").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.direction == .tightening)
    }

    @Test func aSentenceEndingOnAConjunctionReadsWithoutCrashing() {
        // A cut-off headline: the conjunction is its last word, with nothing after it.
        #expect(claims("China adds US firms to unreliable entity list as").contains { $0.direction == .tightening })
        #expect(claims("China adds US firms to unreliable entity list as trade").contains { $0.direction == .tightening })
    }

    @Test func whatIsDoneOutranksWhatIsOnlyConsideredAtOnePlace() {
        let found = ruleClaims("Notice of Modification: Section 301 Actions on China",
                               "The U.S. Trade Representative has imposed additional duties on Chinese electric vehicles, and proposes "
                               + "to exclude certain machinery from the duties.")
        #expect(found.contains { $0.topic == .tariffs && $0.actor == .us && $0.direction == .tightening })
        // Two moves done, one each way, stay unsure.
        #expect(ruleClaims("Trade notice", "The US raised tariffs on Chinese steel. The US also lowered tariffs on Chinese toys.")
            .allSatisfy { $0.topic != .tariffs })
    }
}
