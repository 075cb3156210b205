import Testing
@testable import Detect
import Model

/// Hard cases by kind, in wording of our own (not the dev set's headlines).
@Suite struct ClaimExtractionTests {
    func only(_ title: String, _ text: String = "") -> Claim? {
        let found = claims(title, text)
        return found.count == 1 ? found[0] : nil
    }

    @Test func rareEarthLiftIsChinaEasingAction() throws {
        let c = try #require(only("China lifts curbs on antimony shipments to American buyers"))
        #expect(c.topic == .rareEarthExports)
        #expect(c.actor == .china)
        #expect(c.direction == .easing)
        #expect(c.modality == .action)
        #expect(c.matched.contains("lifts"))
        #expect(c.evidence == "China lifts curbs on antimony shipments to American buyers")
    }

    @Test func suspendingLicencesIsTightening() throws {
        let c = try #require(only("US suspends export licences for jet engine parts bound for COMAC"))
        #expect(c.topic == .jetEngines)
        #expect(c.direction == .tightening)
    }

    @Test func suspendingFeesIsEasing() throws {
        let c = try #require(only("Beijing suspends port fees on American-owned ships"))
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.actor == .china)
        #expect(c.direction == .easing)
    }

    @Test func negatedEasingMakesNoEasingClaim() {
        let found = claims("Beijing will not lift its rare earth export curbs, ministry says")
        #expect(!found.contains { $0.direction == .easing })
    }

    @Test func refusalToEaseIsNotEasing() {
        let found = claims("Washington refuses to relax controls on advanced chips for China")
        #expect(!found.contains { $0.direction == .easing })
    }

    @Test func deniedPlanMakesNoClaim() {
        #expect(claims("US denies it will restrict ethane sales to Chinese buyers").isEmpty)
    }

    @Test func commitmentNotToEscalateIsEasingSignal() throws {
        let c = try #require(claims("US and China agree not to impose new tariffs on each other's goods").first)
        #expect(c.topic == .tariffs)
        #expect(c.direction == .easing)
        #expect(c.modality == .signal)
        #expect(c.negated)
    }

    @Test func threatIsTighteningSignal() throws {
        let c = try #require(only("Trump threatens to hike tariffs on Chinese imports again"))
        #expect(c.topic == .tariffs)
        #expect(c.actor == .us)
        #expect(c.direction == .tightening)
        #expect(c.modality == .signal)
    }

    @Test func sourcedReportIsSignal() throws {
        let c = try #require(only("US set to add Chinese chip toolmakers to entity list, sources say"))
        #expect(c.topic == .techControls)
        #expect(c.direction == .tightening)
        #expect(c.modality == .signal)
    }

    @Test func headlineInfinitiveIsAnnounced() throws {
        let c = try #require(only("China to scrap retaliatory tariffs on American farm products"))
        #expect(c.topic == .tariffs)
        #expect(c.actor == .china)
        #expect(c.direction == .easing)
        #expect(c.modality == .announced)
    }

    @Test func reportedSpeechTakesTheNearestSubject() throws {
        let c = try #require(only("China says the US will lift curbs on chip design software"))
        #expect(c.topic == .edaSoftware)
        #expect(c.actor == .us)
        #expect(c.direction == .easing)
        #expect(c.modality == .announced)
    }

    @Test func tariffsOnChineseGoodsAreUSMoves() throws {
        let c = try #require(only("Tariffs on Chinese goods will be lowered, Bessent says"))
        #expect(c.actor == .us)
        #expect(c.direction == .easing)
    }

    @Test func thirdCountryTariffsAreNotAlerts() {
        #expect(claims("Trump raises tariffs on Canadian lumber and Mexican steel").isEmpty)
        #expect(claims("EU opens anti-dumping probe into Chinese steel pipes").isEmpty)
        #expect(claims("Japan adds Chinese firms to its end-user list").isEmpty)
        #expect(claims("Ottawa imposes surtax on Chinese-made electric cars").isEmpty)
    }

    @Test func chinaDisputesWithOthersAreNotAlerts() {
        #expect(claims("China halts exports from Dutch-owned chipmaker Nexperia's plants").isEmpty)
        #expect(claims("China tightens rare earth mining quotas for state smelters").isEmpty)
    }

    @Test func analysisMarketsAndDataAreNotMoves() {
        #expect(claims("Analysis: how China's export control regime is reshaping supply chains").isEmpty)
        #expect(claims("Rare earth stocks rally as Beijing eases export curbs").isEmpty)
        #expect(claims("China's gallium exports rose in May", "Shipments climbed to a record, customs data show.").isEmpty)
        // Conduct "in violation of" controls is enforcement of them, not a change.
        #expect(claims("Two charged over chip smuggling", "Prosecutors on Monday charged two men with shipping Nvidia GPUs to China in violation of US export controls.").isEmpty)
        // "released" there is the figures', not a release of the goods.
        #expect(claims("China's graphite exports to US slip in May", "Customs figures released Sunday show that exports of rare earths to the US fell 4% from April.").isEmpty)
        #expect(claims("Why Washington's chip curbs on China keep tightening").isEmpty)
    }

    @Test func mentionsWithoutMovesMakeNoClaim() {
        #expect(claims("US and Chinese negotiators hold fresh round of talks in Madrid",
                       "Both sides described the discussions on tariffs and export controls as candid.").isEmpty)
    }

    @Test func delayedNewTariffIsAnnouncedTightening() throws {
        let c = try #require(only("US postpones new tariffs on Chinese semiconductors to 2027"))
        #expect(c.topic == .tariffs)
        #expect(c.direction == .tightening)
        #expect(c.modality == .announced)
    }

    @Test func abandonedPlanToTightenIsEasing() throws {
        let c = try #require(only("Commerce scraps plan to blacklist Chinese memory maker"))
        #expect(c.topic == .techControls)
        #expect(c.direction == .easing)
    }

    @Test func tariffRatesBeforeAndAfter() throws {
        let c = try #require(only("US lowers tariffs on Chinese goods from 145% to 30%"))
        #expect(c.quantities == [Alert.Quantity(name: "tariff rate", before: 145, after: 30, unit: "%")])
    }

    @Test func oneClaimPerTopicMoved() {
        let found = claims("China suspends rare earth controls and lifts sanctions on US defense firms")
        #expect(found.map(\.topic) == [.rareEarthExports, .nonTariffCountermeasures])
        #expect(found.allSatisfy { $0.direction == .easing && $0.actor == .china })
    }

    @Test func headlineOutranksLede() throws {
        let c = try #require(claims("US eases curbs on chip design software sales to China",
                                    "The curbs had been imposed in May.").first)
        #expect(c.direction == .easing)
        #expect(c.inTitle)
    }

    @Test func tradeTalkCollapseIsTightening() throws {
        let c = try #require(only("US-China trade talks collapse in Washington"))
        #expect(c.topic == .talks)
        #expect(c.direction == .tightening)
    }

    @Test func reactionHeadlineCarriesTheMoveInItsAfterClause() throws {
        let c = try #require(only("Beijing condemns Washington after it adds Chinese labs to entity list"))
        #expect(c.topic == .techControls)
        #expect(c.actor == .us)
        #expect(c.direction == .tightening)
    }

    @Test func afterClauseIsBackgroundOtherwise() {
        #expect(claims("Magnet shipments to America climb after Beijing eased curbs").isEmpty)
    }

    @Test func courtBlockingTariffsIsEasing() throws {
        let c = try #require(only("Appeals court blocks tariffs on Chinese imports"))
        #expect(c.topic == .tariffs)
        #expect(c.direction == .easing)
    }

    @Test func chineseControlsOnNamedUSFirmsAreCountermeasures() throws {
        let c = try #require(only("China imposes export controls on 15 US aerospace companies"))
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.direction == .tightening)
    }

    @Test func sanctionsOverIranOrHongKongAreNotTradePositions() {
        #expect(claims("US sanctions Chinese refineries that bought Iranian crude").isEmpty)
    }

    @Test func tariffHikeNounIsATighteningSignalWhenThreatened() throws {
        let c = try #require(only("Trump warns Beijing of steep tariff hike if talks fail"))
        #expect(c.topic == .tariffs)
        #expect(c.actor == .us)
        #expect(c.direction == .tightening)
        #expect(c.modality == .signal)
    }

    @Test func newMeasureNounPhraseNeedsAChineseTarget() {
        #expect(claims("Trump blasts China, signs new tariff orders on Japanese cars").isEmpty)
    }

    @Test func questionHeadlinesAreNotClaims() {
        #expect(claims("Will Beijing lift its rare earth export curbs?").isEmpty)
    }

    @Test func headlinePassiveIsAMove() throws {
        let c = try #require(only("US-China tariff truce extended until November 2026"))
        #expect(c.direction == .easing)
        let attributive = claims("Tariffs imposed on Chinese goods in April remain", "Tariffs imposed on China in April remain in place.")
        #expect(attributive.isEmpty)
    }

    @Test func aVerbInsideATopicPhraseIsSafe() {
        // "probe" is both a verb and the end of "anti dumping probe".
        _ = claims("Anti-dumping probe widens", "The anti-dumping probe was extended, officials said.")
        #expect(claims("Rare earth shortage easing, Ford says").isEmpty)
    }

    @Test func explainersAndTimelinesAreNotMoves() {
        #expect(claims("What's next after the US cuts tariffs on Chinese goods").isEmpty)
        #expect(claims("Timeline: US-China tariff moves", "In April Washington raised tariffs on Chinese goods to 145%.").isEmpty)
    }
}
