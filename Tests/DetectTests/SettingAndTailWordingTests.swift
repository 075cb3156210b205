import Testing
@testable import Detect
import Model

/// Wordings where the move and the words around it part ways: a reader's
/// question after a reported move, a trade war as the story's setting, a
/// resistance phrase that looks like a deferral, a rate a third country sets,
/// a document's part before the deal it carries, a joint statement of the two
/// governments. Sentences are written here; each pins one kind.
@Suite struct SettingAndTailWordingTests {
    @Test func aMoveBeforeAnAskingTailIsStillReported() throws {
        let c = try #require(claims("Beijing Drops Antitrust Probe into US Chemical Maker: A Turning Point for Trade?").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.direction == .easing)
    }

    @Test func aHeadlineThatOnlyAsksStaysAnExplainer() {
        #expect(claims("Trade Truce: Will China Keep Buying Soybeans?").isEmpty)
    }

    @Test func aVerbThatIsAlsoANounRightAfterItsSubjectReportsAMoveBeforeAWhyTail() throws {
        let c = try #require(claims("China sanctions three US defence contractors: why it matters").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.direction == .tightening)
    }

    @Test func aMeasureNamedBeforeAWhyTailStaysAnExplainer() {
        #expect(claims("US ban on Chinese drones: why it matters").isEmpty)
    }

    @Test func aTradeWarNamedAfterAPrepositionIsTheSetting() {
        #expect(claims("Nvidia laments the billions it lost to the US-China trade war").isEmpty)
    }

    @Test func aWireFeatureKickerMarksAnalysis() {
        #expect(claims("INSIGHT-US blacklist on China is riddled with errors, outdated details").isEmpty)
        #expect(claims("BREAKINGVIEWS-China's rare earth curbs are a blunt weapon").isEmpty)
    }

    @Test func aLedesTariffStoryUnderAChipControlHeadlineIsBackground() {
        let found = ruleClaims("Commerce Revises Licence Policy for Advanced AI Chips",
                               "Beijing, however, lifted retaliatory tariffs on US farm goods.")
        #expect(!found.contains { $0.topic == .tariffs })
    }

    @Test func aLedesTariffCutUnderATruceHeadlineIsTheNews() {
        let found = ruleClaims("US and China agree trade truce",
                               "Beijing lifted retaliatory tariffs on US farm goods.")
        #expect(found.contains { $0.topic == .tariffs && $0.direction == .easing })
    }

    @Test func whatAWarningIsAgainstIsNotDone() {
        #expect(ruleClaims("House panel weekly review",
                           "Chairman Moolenaar warned against weakening U.S. national security by allowing advanced Nvidia AI chips to be exported to China.").isEmpty)
    }

    @Test func leavingTheDoorOpenIsNoOpening() {
        #expect(ruleClaims("State media warns of costs of US tariffs",
                           "Chinese state media warned, leaving the door open for more measures by Beijing as another wave of U.S. levies looms.").isEmpty)
    }

    @Test func aMeasureDefendedIsInForce() {
        #expect(claims("Beijing defends rare earth export curbs, slams US tariffs").isEmpty)
    }

    @Test func aVerbThatIsAlsoANounAfterAPrepositionAndItsOwnerIsTheNoun() {
        #expect(claims("China holds talks, says export control is a response to U.S. sanctions").isEmpty)
    }

    @Test func aMeasureARulingIsAgainstIsNoNewMeasure() {
        let found = claims("Appeals court rules against Trump's sweeping tariffs on Chinese goods")
        #expect(!found.contains { $0.direction == .tightening })
    }

    @Test func aGuideIsAnExplainer() {
        #expect(claims("Chip export controls 2026: BIS entity list and licence guide",
                       "Complete guide to US export controls on China. Licence rules and duties from 25% to 100%.").isEmpty)
        #expect(claims("Section 301 tariffs on China: a guide for importers").isEmpty)
    }

    @Test func guideAsAVerbStillReportsAMove() throws {
        let c = try #require(claims("China tells firms to avoid Nvidia chips, will guide state buyers to domestic suppliers").first)
        #expect(c.direction == .tightening)
    }

    @Test func anIndustryThatFeelsAMeasureIsMarketReaction() {
        #expect(claims("Mexican exporters 'relieved' over extended US-China tariff pause").isEmpty)
        #expect(claims("Korean carmakers shrug off Beijing's new export curbs on graphite").isEmpty)
    }

    @Test func anIndustryReactingAfterAMoveStillReportsTheMove() throws {
        let c = try #require(claims("Chip stocks rally after Washington eases China curbs").first)
        #expect(c.direction == .easing)
    }

    @Test func aParticipleAfterTheNounOfAnEarlierVerbsPhraseTellsMeasuresTakenBefore() {
        #expect(ruleClaims("USTR Continues 4-Year Review of Actions Taken Against China Under Section 301").isEmpty)
        #expect(ruleClaims("Court weighs challenge to tariffs imposed on China").isEmpty)
        #expect(ruleClaims("US begins review of tariffs imposed on Chinese goods in 2018").allSatisfy { $0.direction != .tightening })
        // A headline passive with no verb before it is the move; so is one after "to be".
        expectEachReads([
            ("Duties on Chinese steel imposed", .tariffs, .us, .tightening),
            ("China unveils lists of US goods to be excluded from additional tariffs", .tariffs, .china, .easing),
        ])
    }

    @Test func aFirmsResultsAfterAMoveStillReportTheMove() {
        expectEachReads([
            ("Intel Lowers Q2 Revenue Guidance after US Revokes Some Licenses for Exports to China", .techControls, .us, .tightening),
            ("Micron cuts jobs after US revokes licenses for exports to China", .techControls, .us, .tightening),
        ])
    }

    @Test func aSideThatActsAfterAfterIsAVerbWhenItsObjectFollows() throws {
        let c = try #require(claims("Stocks rally after Washington bans chip exports to China").first)
        #expect(c.topic == .techControls)
        #expect(c.direction == .tightening)
        // "after US sanctions, ...": the noun, with no object after it.
        #expect(claims("Huawei sales slump after US sanctions, report says").isEmpty)
    }

    @Test func pushingBackAgainstTariffsIsNoDeferral() {
        let found = claims("China opens a probe of US chip imports, signalling its resolve to push back against the tariffs")
        #expect(!found.contains { $0.topic == .tariffs && $0.direction == .easing })
    }

    @Test func aRateAThirdCountryRaisesOnChineseGoodsIsNotAUSMove() {
        #expect(claims(
            "Beijing warns Mexico over car duties",
            "China sent a protest to Mexico over its plan to raise tariffs on cars made in China from 20% to 50%.")
            .allSatisfy { $0.topic != .tariffs })
    }

    @Test func throttlingImportsOfAUSFirmsChipsIsACountermeasure() throws {
        let c = try #require(claims("Beijing moves to throttle imports of Nvidia's new AI chips").first)
        #expect(c.actor == .china)
        #expect(c.direction == .tightening)
    }

    @Test func aCampaignAgainstMineralSmugglingTightensExports() throws {
        let c = try #require(claims("China starts a campaign against smuggling of critical minerals").first)
        #expect(c.topic == .rareEarthExports)
        #expect(c.direction == .tightening)
    }

    @Test func unveilingTheDetailsOfADealIsTheDeal() throws {
        let c = try #require(claims("White House publishes the text of trade agreement with China").first)
        #expect(c.topic == .talks)
        #expect(c.direction == .easing)
    }

    @Test func aJointStatementOfTheTwoGovernmentsOnTradeEasesTheTalks() throws {
        let c = try #require(claims("Joint Statement on US-China Trade Consultations in London").first)
        #expect(c.topic == .talks)
        #expect(c.direction == .easing)
    }

    @Test func aJointStatementWithAThirdCountryOrOnAnotherSubjectIsNoMove() {
        #expect(claims("Joint Statement on a United States - Vietnam Framework for Reciprocal Trade").isEmpty)
        #expect(claims("US and China issue joint statement on climate cooperation").isEmpty)
    }

    @Test func aReactionToTheOtherSidesNamedMeasureReportsThatMeasure() throws {
        let c = try #require(claims("Beijing responds to US entity list additions").first)
        #expect(c.topic == .techControls)
        #expect(c.actor == .us)
        #expect(c.direction == .tightening)
        let d = try #require(claims("China opposes US investigation into Chinese shipbuilding").first)
        #expect(d.actor == .us)
        #expect(d.direction == .tightening)
    }

    @Test func aReplyThatNamesItsOwnMeasureIsNotReadAsTheOtherSides() {
        #expect(!claims("China responds to US controls with more defence firm listings")
            .contains { $0.actor == .us && $0.topic == .techControls })
    }

    @Test func aDemandIsNoReaction() {
        #expect(claims("China urges US to stop abusing export controls").isEmpty)
    }

    @Test func aReplyWithItsOwnMeasureIsTheReplyingSidesMove() throws {
        let c = try #require(claims("China responds to Trump tariffs with its own 34% levy on US goods").first)
        #expect(c.actor == .china)
        #expect(c.topic == .tariffs)
        #expect(c.direction == .tightening)
    }

    @Test func whatIsHardToDoIsNotDone() {
        #expect(claims("Trump says Xi is extremely hard to strike a trade deal with").isEmpty)
    }

    @Test func measuresContinuingAreTheStatusQuo() {
        #expect(claims("Greer says US-China ties are stable, with Washington continuing to impose tariffs").isEmpty)
    }

    @Test func aThinkTankForecastIsAnalysis() {
        #expect(claims("Think tank predicts continued US pause on export controls against China").isEmpty)
    }

    @Test func aPathClearedToASummitIsNoClearanceAWayClearedForSalesIs() throws {
        #expect(claims("US and China economic chiefs meet in Paris to clear path to Trump-Xi summit").isEmpty)
        let c = try #require(claims("US clears way for Nvidia H20 sales to China").first)
        #expect(c.direction == .easing)
    }

    @Test func aMeasureInARelativeClauseIsAlreadyInForce() {
        #expect(!claims("Trump says 80% tariff seems right",
                        "Trump suggested an alternative to the 145% levies he has imposed on Chinese imports.")
            .contains { $0.direction == .tightening })
    }

    @Test func aPlanToldByWhatItWouldDoSaysNoWay() {
        #expect(claims("Chip export curbs could hit Nvidia",
                       "The US just rolled out a plan that would affect exports of AI chips to China.")
            .allSatisfy { $0.direction != .easing })
    }

    @Test func whatAnEarlierMeasureDidIsToldNotDone() {
        #expect(!ruleClaims("Washington clears Nvidia sales",
                            "The decision marks a shift from the Biden-era restrictions that barred exports of AI chips to China.")
            .contains { $0.direction == .tightening })
    }

    @Test func aRuleIssuedIsTheRuleNotTheFlowItsRelativeClauseNames() {
        let found = claims("US issues a new rule that bars exports of AI chips to China")
        #expect(found.contains { $0.topic == .techControls && $0.direction == .tightening })
        #expect(!found.contains { $0.direction == .easing })
    }

    @Test func aVerbAfterIsAndAnIntensifierIsAnAdjective() {
        #expect(ruleClaims("Spokesperson on US tariffs",
                           "China's position on tariffs is very clear, the foreign ministry said of the US tariffs.").isEmpty)
    }

    @Test func afterOneSidesColonTheOtherSideWithABareVerbIsADemand() {
        #expect(!claims("China: US lift tariffs on Chinese goods").contains { $0.direction == .easing })
        #expect(claims("China: US lifts tariffs on Chinese goods").contains { $0.direction == .easing })
    }

    @Test func aNewspapersCountryInTheAttributionTailIsNoParty() {
        #expect(ruleClaims("China Begins Restricting Rare Earth Exports to Japan, U.S. Paper Reports").isEmpty)
        #expect(!ruleClaims("China to restrict rare earth exports to US, Japanese paper reports").isEmpty)
    }

    @Test func aCommentProcessOnAProposedChangeIsProcess() {
        #expect(ruleClaims("USTR asks comments on suspension of port fees",
                           "The Office of the U.S. Trade Representative (USTR) on Tuesday announced a public comment process on the proposed suspension of port fees on Chinese vessels.").isEmpty)
    }

    @Test func sanctionsOverIranianOilAreNoTradePositionWhoeverTheLedeMakesTheirSubject() {
        #expect(ruleClaims("U.S. Levies Sanctions Against Chinese ‘Teapot’ Oil Refineries for Iranian Oil Purchases",
                           "Treasury Sanctions Chinese Refineries: The U.S. Department of the Treasury sanctioned a Chinese teapot refinery for purchasing Iranian oil.").isEmpty)
    }

    @Test func aParticipleAfterAsIsAStatus() {
        #expect(ruleClaims("Commerce Dept. staff told to continue treating Huawei as blacklisted: report").isEmpty)
    }

    @Test func aLedeParticipleBeforeAnUnknownIngWordQualifiesItsNoun() {
        #expect(ruleClaims("USTR Issues Notice Regarding Statutory Four-Year Review of China 301 Tariffs",
                           "The Office of the U.S. Trade Representative is today commencing the statutory process required leading up to the four-year anniversaries of the tariff actions in the Section 301 investigation of China’s Acts, Policies, and Practices.")
            .allSatisfy { $0.direction != .tightening })
    }

    @Test func anInDepthKickerIsAFeatureButInDepthTalksAreNot() {
        #expect(ruleClaims("In Depth: U.S. Port Fee Hike Loosens China’s Stranglehold on Shipbuilding").isEmpty)
    }

    @Test func whoHasTheFinalSayOnAMoveIsNoMove() {
        #expect(ruleClaims("Trump Has The 'Final Say' On Extending US-China Truce, Says Scott Bessent After A 'Refined' Tariff Talks").isEmpty)
    }

    @Test func aComplaintAboutHowAMeasureIsUsedNamesNoNewOne() {
        #expect(ruleClaims("China opposes U.S. export control abuse, mutual investment restrictions").isEmpty)
    }

    @Test func newSanctionsOverIranianOilAreNoTradePosition() {
        #expect(ruleClaims("New U.S. sanctions against Chinese Iranian oil importers").isEmpty)
    }

    @Test func safeguardTariffsOnAllImportsAreNoUSChinaPosition() {
        #expect(ruleClaims("China’s Ministry of Commerce Responds to Tariffs, USTR Report",
                           "China’s Ministry of Commerce (MOFCOM) issued official responses to President Trump’s decision to impose safeguard tariffs on imported large residential washing machines and imported solar cells and modules.")
            .isEmpty)
    }

    @Test func aCommentaryTailAfterAReportedMoveLeavesTheMove() {
        #expect(ruleClaims("China Adds US Defense Firms to Unreliable Entity List: Compliance Implications")
            .contains { $0.topic == .nonTariffCountermeasures && $0.direction == .tightening })
        #expect(ruleClaims("BIS Expands Restrictions: 50% Rule Explained").contains { $0.direction == .tightening })
        // No move before the tail: the explainer stays one.
        #expect(ruleClaims("Export Controls on China: Compliance Implications").isEmpty)
        #expect(ruleClaims("China Issues New Export Control Regulations: What Businesses Need to Know?").isEmpty)
    }

    @Test func aQuestionKickerBeforeAReportedMoveLeavesTheMove() {
        #expect(claims("Trade War Hits Snooze? China Freezes Extra US Tariffs for Year")
            .contains { $0.topic == .tariffs && $0.actor == .china && $0.direction == .easing })
        // The sentence after the question explains: still an explainer.
        #expect(claims("Treat or trick? Why Trump won the trade truce but may yet lose the war").isEmpty)
    }

    @Test func aDashOpensACommentaryTailAsAColonDoes() {
        #expect(ruleClaims("China Escalates Trade War by Blacklisting 12 US Firms in Retaliation to Trump’s Tariffs – Full List and Impact Analysis")
            .contains { $0.topic == .nonTariffCountermeasures && $0.direction == .tightening })
        #expect(ruleClaims("China Blacklists 12 US Firms -- Impact Analysis").contains { $0.direction == .tightening })
        // A possessive is no subject: no move before the dash, so the overview stays one.
        #expect(ruleClaims("FQAs on China’s Export Control and Anti-Sanction Lists -- Overview of Regulatory Requirements and Enforcement")
            .isEmpty)
        #expect(ruleClaims("China’s MOFCOM Temporarily Lifts Export Curbs on U.S. Entities: What It Means for Critical Minerals")
            .contains { $0.direction == .easing })
    }

    @Test func whatADeadlineIsForIsNoMoveMadeNow() {
        let found = claims("White House will extend a deadline to escalate tariffs on Chinese goods")
        #expect(!found.contains { $0.direction == .tightening }, "\(found)")
        #expect(claims("White House sets no new deadline for hiking tariffs on China").allSatisfy { $0.direction != .tightening })
    }

    @Test func inTheWakeOfAMoveIsItsBackground() {
        #expect(claims("Shipping rates jump", "The jump comes in the wake of a decision by Washington to cut tariffs on Chinese goods.").isEmpty)
        #expect(claims("Port volumes climb", "Volumes rose on the heels of a US move to suspend tariffs on Chinese goods.").isEmpty)
    }

    @Test func purchasesToldByTradeDataAreNoDecision() {
        let lede = "China has effectively suspended soybean purchases from the United States since June, following renewed tariff tensions"
        #expect(claims("Brazil wins soybean market share", lede + ", according to data from the farm bureau.").isEmpty)
        // The same words on a source's say-so are the move.
        #expect(!claims("Brazil wins soybean market share", lede + ", according to the farm bureau.").isEmpty)
    }

    @Test func aMarketReactionAfterTheMoveLeavesTheMoveRead() throws {
        let c = try #require(claims("China opens antitrust probe into Qualcomm, shares slump").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.actor == .china)
        #expect(c.direction == .tightening)
        // The market story alone is still no move.
        #expect(claims("Qualcomm shares slump as investors weigh China risks").isEmpty)
    }

    @Test func lawmakersInALaterClauseAreNoPoliticalTargetOfTheMove() throws {
        let c = try #require(claims("US to ease export curbs on Nvidia chips to China; lawmakers object").first)
        #expect(c.topic == .techControls)
        #expect(c.direction == .easing)
        // Lawmakers as the target are: sanctions on them are politics, not trade.
        #expect(claims("China imposes sanctions on US lawmakers").isEmpty)
    }
}
