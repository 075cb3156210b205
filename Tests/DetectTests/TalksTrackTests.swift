import Testing
@testable import Detect
import Model

/// The talks track moves when a truce, framework or deal is agreed, extended
/// or broken, or talks are called off. Meetings, calls, visits and summits
/// being held, scheduled, previewed or delayed are news, not moves
/// (../shared/eval/README.md, the `talks` row of ../shared/DESIGN.md).
@Suite struct TalksTrackTests {
    @Test func aDealReachedInAHeadlinesPassiveEasesTheTalks() throws {
        let c = try #require(claims("Trade Framework Reached in China-U.S. Talks in London, Pending for Xi and Trump's Review").first)
        #expect(c.topic == .talks)
        #expect(c.direction == .easing)
        // A deal already reached that a side will carry out is the talks going on (../shared/eval/README.md).
        #expect(claims("MOC to earnestly implement consensus reached by top Chinese, U.S. leaders: spokesperson").isEmpty)
    }

    @Test func tryingToReachAnAgreementIsNoAgreement() {
        #expect(claims("Ministry Of Commerce: China, U.S. Step Up Negotiation On First-stage Agreement Text",
                       "The two parties are stepping up negotiation on detailed text of the first-stage agreement and try to reach an agreement as early as possible.").isEmpty)
        #expect(claims("US and China strive to reach a trade deal").isEmpty)
        #expect(!claims("US and China reach a trade deal").isEmpty)
    }

    @Test func implementingAConsensusReachedBeforeIsAPledgeNotADeal() {
        #expect(ruleClaims("MOC to earnestly implement consensus reached by top Chinese, U.S. leaders: spokesperson").isEmpty)
        // A framework agreed to carry it out is still a deal reached.
        #expect(ruleClaims("China and the US agree on framework for implementing leaders' consensus").contains { $0.direction == .easing })
    }

    @Test func aLeadersPlannedVisitIsNoMove() {
        #expect(claims("Trump to visit Beijing in April, White House says").isEmpty)
        #expect(claims("Trump says he'll travel to China in April").isEmpty)
        #expect(claims("Xi accepts Trump's invitation for state visit to Washington").isEmpty)
    }

    @Test func aChargeThatTheOtherSideBrokeTheDealIsNoMove() {
        #expect(claims("Beijing says Washington violated the trade agreement reached in Madrid").isEmpty)
        #expect(claims("White House accuses China of breaching truce", "The official said China had breached an agreement to lift curbs on rare earth magnets.").isEmpty)
    }

    @Test func whatASideIsChargedWithNotDoingIsNoMove() {
        #expect(claims("US trade chief speaks on the China deal",
                       "Officials accuse Beijing of failing to lift export curbs on magnets and of dragging its feet on issuing the licences promised in the deal.").isEmpty)
    }

    @Test func talksCollapsingOverAChargeThatTheDealWasBrokenStillTighten() throws {
        let c = try #require(claims("US-China trade talks collapse as Washington accuses Beijing of violating deal").first)
        #expect(c.topic == .talks)
        #expect(c.direction == .tightening)
    }

    @Test func aDelayedOrPostponedSummitIsNoMove() {
        #expect(claims("Trump Postpones Beijing Summit With Xi Jinping By Five To Six Weeks").isEmpty)
        #expect(claims("Trump seeks delay in meeting with Xi by 'a month or so'").isEmpty)
    }

    @Test func whatTalksBeingHeldAreForIsNoMove() throws {
        // Written here: the easing is the talks' purpose, not their outcome.
        #expect(ruleClaims("US and China open trade talks in Geneva to ease tensions").isEmpty)
        #expect(ruleClaims("US and Chinese economic chiefs meet in Paris to extend the tariff truce").isEmpty)
        // Agreed at the talks is their outcome.
        let agreed = try #require(ruleClaims("US and China agree at Geneva talks to cut tariffs for 90 days").first)
        #expect(agreed.direction == .easing)
    }

    @Test func officialsMeetingIsNoMove() {
        #expect(claims("US and Chinese officials to meet in London next week").isEmpty)
        #expect(claims("Bessent and He Lifeng to meet in Stockholm",
                       "The talks will focus on extending the tariff truce, officials said.").isEmpty)
    }

    @Test func aLeaderMeetingAThirdCountrysLeaderIsNoMove() {
        #expect(claims("Xi meets Putin in Moscow").isEmpty)
        #expect(claims("Trump meets Japan's prime minister in Tokyo").isEmpty)
    }

    @Test func anExtendedTruceEases() throws {
        let c = try #require(claims("US and China extend tariff truce by 90 days").first { $0.topic == .talks || $0.topic == .tariffs })
        #expect(c.direction == .easing)
    }

    @Test func talksCalledOffTighten() throws {
        let c = try #require(claims("Trump calls off trade talks with China").first { $0.topic == .talks })
        #expect(c.direction == .tightening)
    }

    @Test func talksResumedAreTalksBeingHeld() {
        #expect(claims("Washington and Beijing agree to resume trade negotiations next month").allSatisfy { $0.direction != .easing })
        #expect(claims("Trade talks between the US and China resumed in Geneva").allSatisfy { $0.direction != .easing })
    }

    @Test func aDealDeniedWithLetAloneIsNoDeal() {
        #expect(claims("Beijing says it has not held talks with Washington on tariffs, let alone reached a deal").allSatisfy { $0.direction != .easing })
    }

    @Test func talksThatRaiseHopesMoveNoPosition() {
        #expect(claims("US-China talks raise hopes for a longer tariff truce").isEmpty)
        #expect(claims("Xi-Trump consensus steers the two sides toward win-win agreements").isEmpty)
    }

    @Test func talksThatEndAsPlannedWereHeldNotBrokenOff() {
        #expect(claims("Trump and Xi end talks in Busan with no new trade deal").allSatisfy { $0.topic != .talks })
    }

    @Test func aSummitThatBringsOrYieldsATruceAgreedIt() throws {
        let c = try #require(claims("Trump-Xi summit in Busan brings a trade truce").first)
        #expect(c.topic == .talks)
        #expect(c.direction == .easing)
        #expect(claims("Tariffs bring pain to US farmers selling to China").allSatisfy { $0.topic != .talks })
    }

    @Test func aDealCalledDoneIsReachedOneToBeDoneIsNot() throws {
        let c = try #require(claims("Trump says US-China deal on rare earths is 'done'").first)
        #expect(c.topic == .talks)
        #expect(c.direction == .easing)
        #expect(claims("China rare earths deal will hopefully be done by Thanksgiving, Bessent says").isEmpty)
        #expect(claims("US-China deal not done yet, Bessent says").isEmpty)
    }

    @Test func aTruceSaidToHoldMovesNothingWhateverTheLedeRecounts() {
        // Written here: the lede tells how the truce came about; the headline says it stands.
        #expect(ruleClaims("US-China tariff truce holds as deadline nears",
                           "The two sides agreed in May to extend their tariff ceasefire for 90 days, officials said.").isEmpty)
        #expect(ruleClaims("Trade pause holding firm, Treasury says",
                           "Washington and Beijing agreed to prolong the tariff truce after talks in Geneva.").isEmpty)
    }

    @Test func aTruceHoldingBesideANewMoveKeepsTheMove() throws {
        let c = try #require(ruleClaims("Truce holds as China lifts export ban on gallium to US").first)
        #expect(c.topic == .rareEarthExports)
        #expect(c.direction == .easing)
    }

    @Test func aLapseOnTheCalendarIsNoMoveOneThatHappenedIs() throws {
        #expect(ruleClaims("The US-China tariff truce expires in November").isEmpty)
        #expect(ruleClaims("Section 301 exclusions for Chinese goods set to expire on May 31").isEmpty)
        let c = try #require(ruleClaims("China has let the export registrations of 500 U.S. beef plants expire in March").first)
        #expect(c.direction == .tightening)
        let d = try #require(ruleClaims("Section 301 tariff exclusions for Chinese goods allowed to expire on May 31").first)
        #expect(d.direction == .tightening)
    }

    @Test func talksDeniedOrTalkedAboutMoveNothing() {
        #expect(ruleClaims("Beijing denies that it is holding trade negotiations with Washington").isEmpty)
        #expect(ruleClaims("US, China in contact", "Officials in Washington and Beijing are talking about extending the truce.").isEmpty)
    }

    @Test func aCaseMadeOrAConditionSetIsNoMove() {
        // Written here: a ministry argues what the other side should do, or what a deal needs.
        #expect(ruleClaims("Commerce ministry on US tariffs",
                           "It is in the interest of American families that Washington cuts tariffs on Chinese goods, the ministry said.").isEmpty)
        #expect(ruleClaims("MOFCOM on the trade talks",
                           "Lifting the extra tariffs is a precondition for the two sides to reach a trade agreement, the ministry said.").isEmpty)
    }

    @Test func agreeingToKeepInTouchIsNoDeal() {
        #expect(!ruleClaims("Trade teams hold call",
                            "The US and Chinese trade teams agreed to maintain close communication, the commerce ministry said.")
            .contains { $0.topic == .talks && $0.direction == .easing })
    }

    @Test func aDealAimedAtIsNotReached() {
        #expect(!ruleClaims("Trump on tariffs",
                            "Trump will hold the tariff rate in order to give negotiators more time to reach a trade deal with Beijing.")
            .contains { $0.topic == .talks })
    }

    @Test func aDealLandedIsADealReached() throws {
        let c = try #require(ruleClaims("U.S. And China Land Interim Trade Deal. Here's What It Says").first)
        #expect(c.topic == .talks)
        #expect(c.direction == .easing)
    }

    @Test func aFirmsContractWithOneGovernmentIsNoDeal() {
        // The deal's partner is the Pentagon, its winner a firm no side names.
        for verb in ["lands", "seals", "reaches"] {
            #expect(ruleClaims("MP Materials \(verb) multi-billion Pentagon deal",
                               "MP Materials has entered a multi-billion-dollar public-private partnership with the US Department of Defense to build a domestic supply chain for rare earth magnets.")
                .isEmpty, "\(verb)")
        }
    }

    @Test func measuresAdjustedInTheImplementationOfAConsensusEase() {
        // "marking the gradual implementation of the consensus": the adjustments carry out what the talks agreed.
        #expect(ruleClaims("China, US to implement trade consensus reached in Kuala Lumpur consultations",
                           "China and the US have successively adjusted multiple tariff and non-tariff measures, marking the gradual implementation of the consensus reached during China-US economic and trade consultations in Kuala Lumpur, Malaysia in October.")
            .contains { $0.topic == .tariffs && $0.direction == .easing })
    }

    @Test func aGoalSetOutIsNotReached() {
        #expect(ruleClaims("Stockholm at the Centre of High-Stakes U.S.–China Trade Diplomacy",
                           "The aim: to secure an extension of the current tariff truce set to expire on August 12.").isEmpty)
    }

    @Test func walkingAwayFromTalksBreaksThemOff() {
        #expect(ruleClaims("China walks away from trade talks with US").contains { $0.topic == .talks && $0.direction == .tightening })
        #expect(ruleClaims("US pulls out of trade talks with China").contains { $0.topic == .talks && $0.direction == .tightening })
        // Only talks break down: a firm pulling out of a market is no move.
        #expect(ruleClaims("Micron pulls out of China server chip market").isEmpty)
    }

    @Test func theTwoGovernmentsAgreeingToTalkExportControlsOpenTheDialogue() throws {
        for title in ["Washington and Beijing agree to discuss export controls",
                      "US, China will hold talks on export controls next month"] {
            let c = try #require(claims(title).first { $0.topic == .exportControlDialogue }, "\(title)")
            #expect(c.direction == .easing)
        }
        // One side's wish, or talk only held, is no channel opened.
        #expect(!claims("US reached out to discuss export controls, China did not reply").contains { $0.topic == .exportControlDialogue })
        #expect(!claims("Commerce officials talk export enforcement with China").contains { $0.topic == .exportControlDialogue })
        #expect(!claims("US and China will not discuss export controls").contains { $0.topic == .exportControlDialogue })
    }

    @Test func signingAStageOfADealSignsTheDeal() {
        for title in ["U.S. & China Sign Phase One of Trade Deal", "US and China sign first phase of trade agreement"] {
            #expect(ruleClaims(title).contains { $0.topic == .talks && $0.direction == .easing }, "\(title)")
        }
        // A part of other things is a share of them, no deal.
        #expect(!ruleClaims("US and China sign part of their chip export curbs").contains { $0.topic == .talks })
    }
}
