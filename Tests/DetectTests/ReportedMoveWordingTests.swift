import Testing
@testable import Detect
import Model

/// Kinds of wording from wire copy, law-firm alerts and official releases
/// where the move sits next to words that look like another move: a change
/// noun after a neutral verb, an adjective participle inside the object, a
/// reader's question after the headline, a document issued "revising" or
/// "extending" something, a relative clause about a thing. Sentences are
/// written here; each pins one kind, not one headline.
@Suite struct ReportedMoveWordingTests {
    @Test func aDenialInOneClauseLeavesTheNextClausesMove() throws {
        let lede = "China said it would not rule out levying additional tariffs on U.S. farm produce, and related Chinese companies have halted purchases of U.S. farm produce, according to the Ministry of Commerce."
        let c = try #require(claims("Chinese enterprises halt new purchases of US agricultural products", lede).first)
        #expect(c.actor == .china && c.topic == .nonTariffCountermeasures && c.direction == .tightening)
        // The denial still holds in its own clause.
        #expect(claims("x", "China is unlikely to halt purchases of U.S. soybeans, and traders said talks continue.").isEmpty)
    }

    @Test func anOpposedAdditionToTheOtherSidesListIsItsTightening() throws {
        // The rules alone read China easing its own list here before.
        let c = try #require(ruleClaims("China opposes addition of 7 companies to US export-control list: MOC").first)
        #expect(c.actor == .us && c.topic == .techControls && c.direction == .tightening)
    }

    @Test func aMeasureNamedWithItsAgentIsTheAgentsNotTheSubjects() throws {
        let c = try #require(claims("China slams new chip restrictions by the US").first)
        #expect(c.actor == .us && c.topic == .techControls && c.direction == .tightening)
        // Xinhua's short name for the Ministry of Commerce.
        let moc = try #require(claims("MOC slams new chip restrictions by U.S.").first)
        #expect(moc.actor == .us && moc.topic == .techControls)
    }

    @Test func announcingTariffReductionsEases() throws {
        let c = try #require(claims("White House unveils tariff cuts on Chinese imports").first { $0.topic == .tariffs })
        #expect(c.direction == .easing)
        let d = try #require(claims("Beijing announces reductions in tariffs on American farm goods").first { $0.topic == .tariffs })
        #expect(d.direction == .easing)
    }

    @Test func reliefForPeopleHitByTariffsIsNoTariffMove() {
        #expect(claims("US announces $10 billion relief for farmers hurt by China tariffs").isEmpty)
    }

    @Test func anAdjectiveParticipleStaysInTheObjectItsVerbEases() throws {
        let c = try #require(claims("Beijing has lifted its expanded export controls on rare earth magnets").first)
        #expect(c.topic == .rareEarthExports)
        #expect(c.direction == .easing)
    }

    @Test func aReadersQuestionAfterAReportedMoveKeepsTheMove() throws {
        let c = try #require(claims("US Expands Chip Export Controls on China: What Exporters Should Do Now").first)
        #expect(c.topic == .techControls)
        #expect(c.direction == .tightening)
    }

    @Test func aTopicFollowedByAQuestionIsStillAnExplainer() {
        #expect(claims("Rare earth export controls: what the new rules mean for buyers").isEmpty)
    }

    @Test func openingAnExportControlInformationExchangeEasesTheDialogue() throws {
        let c = try #require(claims("Washington and Beijing announce export control information exchange").first)
        #expect(c.topic == .exportControlDialogue)
        #expect(c.direction == .easing)
    }

    @Test func anIssuedDocumentExtendingASuspensionIsReadByItsOwnVerb() throws {
        let c = try #require(claims(
            "Tariff order signed",
            "The President issued an order extending the suspension of additional tariffs on Chinese goods until March 2026.")
            .first { $0.topic == .tariffs })
        #expect(c.direction == .easing)
    }

    @Test func anIssuedRuleRevisingAPolicyRaisesNoTightening() {
        // The rules' own reading (the learned gate may still weigh the words).
        let found = Seeds.extractor.ruleClaims(
            title: "Commerce department rule on chips",
            text: "The Bureau of Industry and Security issued a rule revising its license review policy for chip exports to China.")
        #expect(!found.contains { $0.topic == .techControls && $0.direction == .tightening })
    }

    @Test func anEarlierDocumentsTitleInALedeIsNoMove() {
        let found = claims(
            "Tariff Commission notice",
            "The measures set out in the Announcement of the Tariff Commission on Imposing Additional Tariffs on Goods from the United States are adjusted.")
        #expect(!found.contains { $0.direction == .tightening })
    }

    @Test func aRelativeClauseAboutAThingIsNoMove() {
        let found = claims(
            "Chip rule clarified",
            "BIS clarified controls on software keys that allow for the use of chip design tools in China.")
        #expect(!found.contains { $0.direction == .easing })
    }

    @Test func chinasExportCurbsOnNamedUSFirmsAreItsListEvenWhenRareEarthsAreNamed() throws {
        let c = try #require(claims("China lifts export curbs on US entities, but rare earth curbs stay").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.direction == .easing)
    }

    @Test func chinaSuspendingFarmImportsFromUSFirmsIsACountermeasure() throws {
        let c = try #require(claims("China halts beef and pork imports from some American exporters").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.actor == .china)
        #expect(c.direction == .tightening)
    }

    @Test func aChineseRegulatorBanningPurchasesOfUSChipsIsChinasMove() throws {
        let c = try #require(claims("China's cyberspace regulator bans purchases of Micron chips").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.actor == .china)
        #expect(c.direction == .tightening)
    }

    @Test func issuesAfterANounIsANoun() {
        let found = claims(
            "US and China set up working group",
            "The two sides agreed to set up a working group on export control issues, officials said.")
        #expect(!found.contains { $0.direction == .tightening })
    }

    @Test func callingForTougherControlsIsADemand() {
        #expect(claims("Senator calls for tougher export restrictions on China").isEmpty)
    }

    @Test func stoppingShortOfAProposalIsNoHalt() {
        let found = claims("Commerce readies chip controls on China that stop short of earlier drafts")
        #expect(!found.contains { $0.direction == .easing })
    }

    @Test func aStatusParticipleAfterAPrepositionIsAnAdjective() throws {
        let found = claims("Commerce lifts licence requirements on restricted entity subsidiaries in China")
        #expect(!found.contains { $0.direction == .tightening })
        #expect(found.contains { $0.topic == .techControls && $0.direction == .easing })
    }

    @Test func approvingABillIsNoEasingWhatTheBillWouldDoIsASignal() throws {
        let c = try #require(claims("Senate panel approves bill banning Chinese drones").first)
        #expect(c.direction == .tightening)
        #expect(c.modality == .signal)
    }

    @Test func delayingAScheduledHikeEasesButANewTariffDelayedIsStillNew() throws {
        let hike = try #require(claims("Washington delays next tariff hike on Chinese goods").first { $0.topic == .tariffs })
        #expect(hike.direction == .easing)
        let scheduled = try #require(claims(
            "US delays tariffs on Chinese imports",
            "The duties, which had been scheduled to take effect on March 1, will now start on June 1.").first { $0.topic == .tariffs })
        #expect(scheduled.direction == .easing)
        let new = try #require(claims("US delays new tariffs on Chinese chips until 2027").first { $0.topic == .tariffs })
        #expect(new.direction == .tightening)
        // New tariffs delayed with no year and no lede: set earlier and put off, or new with a later start.
        #expect(!claims("Trump delays new tariffs on Chinese phones, toys until mid-December").contains { $0.topic == .tariffs })
        #expect(!claims("US delays new tariffs on China imports including EVs").contains { $0.topic == .tariffs })
        // Written here: a delay headline whose lede tells of tariffs decided now to start later. The labelling
        // policy settles it: "a new measure decided now with a later start date is a tightening (announced),
        // even when the headline says 'delays'"; the lede's "to impose" tells the headline's delay is that.
        let decided = try #require(ruleClaims("US Delays Tariffs on Chinese Semiconductors",
            "The United States has decided to impose tariffs on Chinese semiconductor imports, but they will take effect only in June 2027.")
            .first { $0.topic == .tariffs })
        #expect(decided.direction == .tightening)
    }

    @Test func aLedeThatOpensWithItsDateTellsTheNewsALaterDatedSentenceIsBackground() throws {
        // Written here, in the way law-firm alerts open.
        let news = try #require(ruleClaims("China Retaliates Against US Shipping",
            "On October 14, 2025, China's Ministry of Transport announced the implementation of special port fees on vessels owned by US companies.")
            .first)
        #expect(news.direction == .tightening && news.actor == .china)
        #expect(ruleClaims("Importers Weigh Their Options",
                           "Importers face new questions about refunds. On August 20, 2019, the USTR imposed tariffs on Chinese goods.").isEmpty)
    }

    @Test func tiesMadeCloserAreNoMeasure() {
        #expect(ruleClaims("White House order revises reciprocal tariff rates",
                           "The White House issued an order on plans to revise reciprocal tariff rates and strengthen the economic and trade relationship with China.")
            .allSatisfy { $0.direction != .tightening })
    }

    @Test func continuingASuspensionExtendsIt() throws {
        let c = try #require(claims("Beijing will continue to suspend extra tariffs on American cars").first)
        #expect(c.topic == .tariffs)
        #expect(c.direction == .easing)
    }

    @Test func aStatusParticipleAfterAGerundIsAnAdjective() {
        let found = claims("Trump eases pressure on Beijing, reviving stalled trade talks")
        #expect(!found.contains { $0.direction == .tightening })
    }

    @Test func anExtensionForAPermissionEases() throws {
        let c = try #require(claims("Commerce issues another extension for Huawei temporary general license").first)
        #expect(c.topic == .techControls)
        #expect(c.direction == .easing)
    }

    @Test func suspendingAnAuthorityToShipTightens() throws {
        let c = try #require(claims("US regulator suspends authority to export nuclear materials to China").first)
        #expect(c.topic == .nuclear)
        #expect(c.direction == .tightening)
    }

    @Test func takingMeasuresAgainstUSGoodsTightens() throws {
        let c = try #require(claims("Commerce ministry takes anti-dumping measures against polysilicon imported from the US").first)
        #expect(c.actor == .china)
        #expect(c.direction == .tightening)
    }

    @Test func aLedeOpeningWithASpanOfPastYearsIsBackground() {
        #expect(claims(
            "Beijing's antitrust tools in focus",
            "From early 2024 to late 2025, SAMR launched investigations into Qualcomm and Nvidia.").isEmpty)
    }

    @Test func dutiesThatContinueToBeImposedAreTheStatusQuo() {
        #expect(claims(
            "Commerce ministry notice",
            "Anti-dumping duties on US propanol continue to be imposed while the review runs.").isEmpty)
    }

    @Test func aNounHeadlineNamingATariffReductionOnChineseGoodsEases() throws {
        let c = try #require(claims("Tariff Reduction on Chinese-Origin Goods Takes Effect").first)
        #expect(c.topic == .tariffs)
        #expect(c.actor == .us)
        #expect(c.direction == .easing)
    }

    @Test func chinaCurbingFentanylPrecursorsIsNoChemicalExportControl() {
        let found = claims(
            "US cuts fentanyl tariff on China",
            "The cut follows Beijing's pledge to curb exports of fentanyl precursor chemicals.")
        #expect(!found.contains { $0.topic == .chemicals })
    }

    @Test func aListOfPlacesStaysInTheObject() throws {
        let c = try #require(claims("Washington imposes duties on steel from Vietnam, China and Brazil").first { $0.topic == .tariffs })
        #expect(c.actor == .us)
        #expect(c.direction == .tightening)
    }

    @Test func curtailingAFlowTightensRepealingAMeasureEases() throws {
        let flow = try #require(claims("US curtails chip exports to China").first)
        #expect(flow.direction == .tightening)
        let measure = try #require(claims("Beijing repeals extra tariffs on US farm goods").first)
        #expect(measure.direction == .easing)
    }

    @Test func aTariffRateGoingDownEasesGoingUpTightens() throws {
        let down = try #require(claims(
            "New order signed",
            "The order brings the tariff on Chinese goods from 34% to 10% starting next week.").first)
        #expect(down.topic == .tariffs)
        #expect(down.actor == .us)
        #expect(down.direction == .easing)
        let up = try #require(claims(
            "Beijing answers",
            "China will raise its levy on American goods from 10% to 25%.").first)
        #expect(up.actor == .china)
        #expect(up.direction == .tightening)
    }

    @Test func anUltimatumThreatensTheMeasureOfWhoeverSetsIt() throws {
        let c = try #require(claims("Trump demands Beijing resume magnet shipments or face 100% tariffs").first { $0.topic == .tariffs })
        #expect(c.topic == .tariffs)
        #expect(c.actor == .us)
        #expect(c.direction == .tightening)
        #expect(c.modality == .signal)
    }

    @Test func newRestrictionsOnAirlinesAreNoTradeMove() {
        #expect(claims("US plans new restrictions on Chinese airlines").isEmpty)
    }

    @Test func aFlowThatRisesByItselfIsTradeData() {
        #expect(claims("Trade data", "China's rare earth magnet exports to the United States increased by six times in June.").isEmpty)
        #expect(claims("Ethane exports to China halted by Commerce order").first?.direction == .tightening)
    }

    @Test func aReactionToTheOtherSidesListingIsLabelledByTheListing() throws {
        let c = try #require(claims("Commerce ministry spokesperson's remarks on US addition of Chinese firms to the entity list").first)
        #expect(c.topic == .techControls)
        #expect(c.actor == .us)
        #expect(c.direction == .tightening)
    }

    @Test func aPresidentialDocumentsAbstractNamesItsActorByTheDocument() throws {
        let c = try #require(claims(
            "Adjusting Duties",
            "This presidential action lowers the additional duty on targeted PRC goods from 20 percent to 10 percent.")
            .first { $0.topic == .tariffs })
        #expect(c.actor == .us)
        #expect(c.direction == .easing)
    }

    @Test func whomOneJoinsInAMeasureDoesNotActHere() {
        let found = claims("Korea and Taiwan to align chip rules",
                           "Seoul and Taipei will soon join the U.S. in restricting exports of chipmaking tools to China.")
        #expect(!found.contains { $0.actor == .us })
    }

    @Test func aLawyersForecastIsCommentary() {
        #expect(claims("Commerce May Add More Chip Curbs on China Next Year, Lawyer Says").isEmpty)
    }

    @Test func weighingWhetherToMoveIsASignalNotACondition() throws {
        let c = try #require(claims("White House is considering whether to let AMD ship advanced chips to China").first)
        #expect(c.topic == .techControls)
        #expect(c.direction == .easing)
        #expect(c.modality == .signal)
        // "whether" after anything else still conditions the move.
        #expect(claims("Traders wonder whether the US will let AMD ship advanced chips to China").allSatisfy { $0.modality != .action })
    }

    @Test func aMeasurePutOnAThingIsImposedAndOnePutOnHoldIsPaused() throws {
        let c = try #require(claims("Commerce places a licence requirement on AMD's MI308 exports to China").first)
        #expect(c.topic == .techControls)
        #expect(c.direction == .tightening)
        let d = try #require(claims("White House puts planned tariffs on Chinese electronics on hold").first)
        #expect(d.topic == .tariffs)
        #expect(d.direction == .easing)
    }

    @Test func chinasMergerReviewOfAUSFirmsDealIsItsCountermeasure() throws {
        let c = try #require(claims("Beijing approves Nvidia's acquisition of an Israeli chip designer").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.actor == .china)
        #expect(c.direction == .easing)
        let d = try #require(claims("China blocks Micron's takeover of a Taiwan memory maker").first)
        #expect(d.topic == .nonTariffCountermeasures)
        #expect(d.direction == .tightening)
    }

    @Test func aVerbThatEndsAUSFirmsDealUnderReviewTightens() throws {
        for title in ["China halts Micron's takeover of a Taiwan memory maker", "Beijing scuttles Qualcomm's acquisition of a Dutch chipmaker",
                      "China torpedoes Intel's acquisition of an Israeli foundry"] {
            let c = try #require(claims(title).first, "\(title)")
            #expect(c.topic == .nonTariffCountermeasures, "\(title)")
            #expect(c.direction == .tightening, "\(title)")
        }
        // Halting something other than a deal is no review: "halts" still reads the measure it ends.
        #expect(claims("China halts tariffs on US soybeans").allSatisfy { $0.direction == .easing })
    }

    @Test func aFindingThatAFirmBreachedTheLawIsAgainstIt() throws {
        let c = try #require(claims("Beijing regulator says Qualcomm breached anti-monopoly law").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.direction == .tightening)
    }

    @Test func aGovernmentTellingItsFirmsToShunUSGoodsIsItsPurchaseBan() throws {
        let c = try #require(claims("Beijing instructs state-owned companies to stop buying Micron memory").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.actor == .china)
        #expect(c.direction == .tightening)
        let d = try #require(claims("China urges local firms not to use Nvidia chips in government projects").first)
        #expect(d.direction == .tightening)
        let e = try #require(claims("China tells state traders to resume buying US soybeans").first { $0.topic == .nonTariffCountermeasures })
        #expect(e.direction == .easing)
        // Its own firms by name, told to place orders: the purchases let back in.
        let f = try #require(claims("Beijing tells Tencent and other platforms to line up Nvidia orders").first)
        #expect(f.topic == .nonTariffCountermeasures)
        #expect(f.direction == .easing)
        // Goods of a third country are no US-China move.
        #expect(claims("China tells firms to avoid Japanese chips").isEmpty)
    }

    @Test func chinaWarningOfLiabilityForComplyingWithAUSMeasureThreatensACountermeasure() throws {
        let c = try #require(claims("MOFCOM: firms that enforce the US chip ban will be held accountable",
                                    "China's commerce ministry said any company complying with the US measures would bear legal liability.").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.actor == .china)
        #expect(c.direction == .tightening)
        #expect(c.modality == .signal)
        // A warning of liability with no compliance in view is no such threat.
        #expect(claims("China says US will bear legal responsibility for the trade war").isEmpty)
    }

    @Test func chinasMeasureOnAUSFirmWithoutATopicTermIsItsCountermeasure() throws {
        let c = try #require(claims("Beijing bans PVH garments after US tariff hike").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.direction == .tightening)
        let d = try #require(claims("China lifts ban on Illumina sequencers").first)
        #expect(d.direction == .easing)
        // Approving a US firm's product undoes no measure.
        #expect(claims("China approves Tesla's driver-assistance software").isEmpty)
    }

    @Test func theUSTighteningOnAChineseFirmWithoutATopicTermIsItsTechControl() {
        expectEachReads([("US Targets Alibaba and Others Over Alleged Military Support to China", .techControls, .us, .tightening)])
        // Only tightening: an easing for a Chinese firm is read from its own terms or not at all.
        #expect(ruleClaims("US lifts ban on Alibaba").allSatisfy { $0.direction != .tightening })
    }

    @Test func aPoliticalReasonForAMeasureOnAUSFirmLeavesItACountermeasure() throws {
        let c = try #require(claims("China to probe Calvin Klein owner over Xinjiang cotton boycott").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.direction == .tightening)
        // Sanctions on politicians stay political.
        #expect(claims("China sanctions American lawmakers over Hong Kong").isEmpty)
    }

    @Test func farmGoodsAsAWholeAreChinasPurchasesToWithhold() throws {
        let c = try #require(claims("China halts purchases of US farm goods as tariff war deepens").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.direction == .tightening)
    }

    @Test func aMoveJudgedUnlikelyIsNoMove() {
        #expect(claims("Beijing is unlikely to resume purchases of US farm goods soon").isEmpty)
    }

    @Test func onlyATariffRisesNotWhateverClimbsAfterIt() throws {
        let c = try #require(claims("US tariffs on Chinese goods rise to 145%").first)
        #expect(c.direction == .tightening)
        #expect(claims("Washington keeps China tariffs in place as inflation climbs").allSatisfy { $0.direction != .tightening })
    }

    @Test func aMoveHeadlineWithAWhatItMeansTailIsStillAMove() throws {
        let c = try #require(claims("China Suspends Gallium Export Ban to US and What It Means for Chipmakers").first)
        #expect(c.direction == .easing)
        #expect(claims("The Gallium Ban and What It Means for Chipmakers").isEmpty)
    }

    @Test func aParticipleOpeningTheObjectIsItsAdjective() throws {
        let c = try #require(claims("Beijing to lift added duties on American pork").first)
        #expect(c.topic == .tariffs)
        #expect(c.direction == .easing)
    }

    @Test func aMeasureProposedIsASignalButAProposedMeasureIsANounPhrase() throws {
        let c = try #require(claims("USTR proposes new duties on Chinese cranes").first)
        #expect(c.topic == .tariffs)
        #expect(c.direction == .tightening)
        #expect(c.modality == .signal)
        #expect(claims("Hearing on proposed port fees for Chinese ships draws industry testimony").isEmpty)
    }

    @Test func aThreatNamesItsMeasureAfterWith() throws {
        let c = try #require(claims("Trump threatens Beijing with fresh tariffs over fentanyl").first)
        #expect(c.topic == .tariffs)
        #expect(c.direction == .tightening)
        #expect(c.modality == .signal)
    }

    @Test func ratchetingUpATradeWarTightens() throws {
        let c = try #require(claims("Washington ratchets up trade war with Beijing").first)
        #expect(c.direction == .tightening)
    }

    @Test func whereADealIsReachedIsNoTarget() throws {
        let c = try #require(claims("Washington and Beijing reach a trade deal in Kuala Lumpur, Malaysia").first)
        #expect(c.topic == .talks)
        #expect(c.direction == .easing)
    }

    @Test func chinaActingOnANamedUSFirmIsItsCountermeasureWhateverItsGoods() throws {
        let c = try #require(claims("China sanctions Lockheed, maker of missiles and drones").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.actor == .china)
        #expect(c.direction == .tightening)
    }

    @Test func whatTakesEffectSetsTheDirection() throws {
        let c = try #require(claims("Beijing's retaliatory duties on US farm goods take effect").first { $0.topic == .tariffs })
        #expect(c.direction == .tightening)
        let d = try #require(claims("US tariff reductions on Chinese goods take effect").first { $0.topic == .tariffs })
        #expect(d.direction == .easing)
        // A third country's measure coming into force is no US-China move.
        #expect(claims("As Tokyo's export controls on chipmaking tools came into force, Beijing protested").allSatisfy { $0.topic != .techControls })
    }

    @Test func aTradeWarThatEasesByItselfIsTheClimateNotAMove() throws {
        #expect(claims("Soybean cargoes sail for China as tariff war eases").isEmpty)
        // A side that escalates the war still moves.
        let c = try #require(claims("Washington escalates trade war with new duties on Chinese goods").first)
        #expect(c.direction == .tightening)
    }

    @Test func aReactionToATariffHikeReportsTheHikeByItsOwner() throws {
        let c = try #require(claims("Beijing strongly opposes Washington's tariff hike on EVs").first { $0.topic == .tariffs })
        #expect(c.actor == .us)
        #expect(c.direction == .tightening)
        // A verb acting on the hike says the way itself.
        let d = try #require(claims("Washington postpones tariff hike on Chinese goods").first { $0.topic == .tariffs })
        #expect(d.direction == .easing)
    }

    @Test func standingAgainstOrBeingOpposedToAMeasureIsAReactionToIt() throws {
        for title in ["Beijing stands against new US chip export controls", "China firmly opposed to U.S. tariffs on solar goods"] {
            let c = try #require(claims(title).first, "\(title)")
            #expect(c.actor == .us)
            #expect(c.direction == .tightening)
        }
        // Rejecting a request to lift a measure reports no measure.
        #expect(claims("US rejects Chinese request to lift entity listings").allSatisfy { $0.direction != .easing })
    }

    @Test func aReactionToMeasuresTargetingAnInstrumentsSectorsReportsThem() throws {
        // The Section 301 maritime action named by the sectors it targets; the commas are the term's own.
        let c = try #require(ruleClaims("China firmly opposes U.S. measures targeting its maritime, logistics, shipbuilding sectors").first)
        #expect(c.topic == .tariffs)
        #expect(c.actor == .us)
        #expect(c.direction == .tightening)
    }

    @Test func anApplicationToShipDeniedIsAFlowRefused() throws {
        // Written here.
        let c = try #require(ruleClaims("Commerce set to deny exporter's application to ship ethane to China").first)
        #expect(c.topic == .chemicals)
        #expect(c.direction == .tightening)
        // A request of the other side's, refused, is still no measure.
        #expect(ruleClaims("US denies Chinese request to lift tariffs").allSatisfy { $0.direction != .easing })
    }

    @Test func reinforcingConstraintsTightensThem() throws {
        let c = try #require(ruleClaims("White House reinforces limits on China's access to advanced chips").first)
        #expect(c.topic == .techControls)
        #expect(c.direction == .tightening)
    }

    @Test func chipDesignSoftwareSpelledOutIsEDA() throws {
        let c = try #require(claims("Commerce tells firms that sell software used to design chips to halt sales to China").first)
        #expect(c.topic == .edaSoftware)
        #expect(c.direction == .tightening)
    }

    @Test func aBillNamedByItsMeasureAdvancingIsAUSSignal() throws {
        let c = try #require(claims("Chip export control bill clears House committee").first)
        #expect(c.topic == .techControls)
        #expect(c.actor == .us)
        #expect(c.direction == .tightening)
        #expect(c.modality == .signal)
        // Backing a bill, or a bill about another country, advances nothing here.
        #expect(claims("House chair backs chip export control bill").isEmpty)
        #expect(claims("Japan's chip export control bill passes Diet").isEmpty)
    }

    @Test func anActorExpectingToActItselfSignalsTheMove() throws {
        let c = try #require(ruleClaims("Trump Says He Expects to Lower 20% Fentanyl Tariff on China").first)
        #expect(c.topic == .tariffs)
        #expect(c.direction == .easing)
        #expect(c.modality == .signal)
        // Others' forecasts stay background.
        #expect(ruleClaims("Chipmakers expect to face more US curbs on China").isEmpty)
    }

    @Test func slicingATariffCutsIt() throws {
        let c = try #require(ruleClaims("Trump slices China fentanyl tariff in half following meeting with Xi").first)
        #expect(c.topic == .tariffs)
        #expect(c.direction == .easing)
    }

    @Test func aBillOrPushWhosePurposeIsToReviewOrBlockChipSalesIsAUSSignal() throws {
        for headline in ["Senate panel unveils bill to give Congress a veto over AI chip exports",
                         "Lawmakers introduce bill to block the administration from allowing chip sales to China",
                         "House Republicans renew push for congressional review of semiconductor exports to China"] {
            let c = try #require(ruleClaims(headline).first, "\(headline)")
            #expect(c.topic == .techControls)
            #expect(c.actor == .us)
            #expect(c.direction == .tightening)
            #expect(c.modality == .signal)
        }
        // A bill to drop restrictions is not this; the government's "efforts" so far are policy, not a push
        // in Congress; a bill someone urges Congress to pass has not moved.
        #expect(!ruleClaims("Bill to drop AI chip export restrictions expected to pass").contains { $0.direction == .tightening })
        #expect(!ruleClaims("Leaders spar over US efforts to restrict chip exports to China").contains { $0.modality == .signal })
        #expect(ruleClaims("Think tanks urge Congress to pass a bill to restrict chip sales to China").isEmpty)
    }

    @Test func aNounVerbBeforeOnIsTheNounAndAFinalParticipleMovesIt() throws {
        let c = try #require(claims("U.S. Ban On China's ZTE Lifted").first)
        #expect(c.topic == .techControls)
        #expect(c.direction == .easing)
    }

    @Test func enhancingOrIntensifyingControlsTightens() throws {
        let c = try #require(claims("Beijing to enhance export restrictions on rare earths bound for the US").first)
        #expect(c.topic == .rareEarthExports)
        #expect(c.direction == .tightening)
    }

    @Test func permissionsThatRiseOrAreSpedUpEase() throws {
        let c = try #require(claims("Beijing says rare earth export licence approvals rising").first)
        #expect(c.topic == .rareEarthExports)
        #expect(c.direction == .easing)
        let d = try #require(claims("China speeds up approvals of rare earth export licences for US firms").first)
        #expect(d.direction == .easing)
        // Trade that rises by itself is data, not a move.
        #expect(claims("China's rare earth magnet exports to the US rising").isEmpty)
    }

    @Test func fastTrackingAProbeTightens() throws {
        let c = try #require(claims("USTR fast-tracks Section 301 probe of Chinese chips").first)
        #expect(c.topic == .tariffs)
        #expect(c.direction == .tightening)
    }

    @Test func thePossessorOfAChangeNounOwnsIt() {
        #expect(ruleClaims("Answers Reporter's Question on China's Suspension of Export Controls").allSatisfy { $0.actor != .us })
        #expect(ruleClaims("China's suspension of rare earth export controls takes effect")
            .contains { $0.topic == .rareEarthExports && $0.actor == .china && $0.direction == .easing })
    }

    @Test func theDayOfTheNewsBetweenSubjectAndVerbIsAnAdverb() {
        for lede in ["China on Tuesday banned exports of gallium to the United States.",
                     "China Tuesday banned exports of gallium to the United States.",
                     "China last week banned exports of gallium to the United States."] {
            #expect(ruleClaims("Trade news", lede).contains { $0.topic == .rareEarthExports && $0.actor == .china && $0.direction == .tightening },
                    "\(lede)")
        }
        #expect(ruleClaims("Trade news", "The Commerce Department on Monday added 27 Chinese firms to the Entity List.")
            .contains { $0.topic == .techControls && $0.actor == .us && $0.direction == .tightening })
    }

    @Test func anEditorialIsReadForTheMeasureItsLedeReports() {
        let lede = "The US Commerce Department on Monday added 27 Chinese entities to its Entity List."
        // (The day of the news as wire ledes put it: see theDayOfTheNewsBetweenSubjectAndVerbIsAnAdverb.)
        #expect(ruleClaims("Washington's hysteria for trade bullying: China Daily editorial", lede)
            .contains { $0.topic == .techControls && $0.actor == .us && $0.direction == .tightening })
        #expect(ruleClaims("Commentary: Washington's bullying only toughens Beijing's will", lede)
            .contains { $0.topic == .techControls && $0.direction == .tightening })
        // An explainer or an opinion column with the same lede stays analysis.
        #expect(ruleClaims("Explainer: what the new Entity List additions mean", lede).isEmpty)
        #expect(ruleClaims("Analysis: Washington's trade bullying", lede).isEmpty)
    }

    @Test func anOverviewOrASummaryOfPastMovesIsAnExplainer() {
        #expect(claims("US-China Chip Controls: An Overview", "The US imposed new export controls on advanced chips to China.").isEmpty)
        #expect(claims("A Summary of Beijing's Countermeasures Since January",
                       "China imposed tariffs on US goods and added US firms to its unreliable entity list.").isEmpty)
        #expect(claims("This Day in History: The Phase One Trade Deal Is Signed").isEmpty)
    }

    @Test func aPassiveSubjectMovesNotTheDealItIsDoneUnder() throws {
        let c = try #require(claims("Jet engine export curbs on China to be lifted under trade deal").first)
        #expect(c.topic == .jetEngines)
        #expect(c.direction == .easing)
    }

    @Test func anExemptionOfTariffsEases() throws {
        let c = try #require(claims("Beijing announces exemption of additional tariffs on more US goods").first)
        #expect(c.topic == .tariffs)
        #expect(c.direction == .easing)
    }

    @Test func speedingUpTheReviewOfLicenceApplicationsEases() {
        let found = claims("China speeds licensing for US buyers",
                           "Beijing has been accelerating the review of rare earth export licence applications from US firms, officials said.")
        #expect(found.contains { $0.topic == .rareEarthExports && $0.direction == .easing })
        #expect(!found.contains { $0.direction == .tightening })
    }

    @Test func shavingPointsOffTariffsCutsThem() throws {
        let c = try #require(claims("US to shave 10 points off tariffs on Chinese goods").first)
        #expect(c.topic == .tariffs)
        #expect(c.direction == .easing)
    }

    @Test func aCeaseFireForgedOnTariffsIsATruce() {
        let found = claims("Trump and Xi forge a cease-fire on tariffs at dinner")
        #expect(found.contains { $0.direction == .easing })
        #expect(!found.contains { $0.direction == .tightening })
    }

    @Test func aMeasureThatSpeedsUpSomethingElseIsItsEffect() {
        #expect(ruleClaims("Carmaker moves production out of China",
                           "The firm has planned the move for a while, but Washington's new tariffs on China are speeding up plans.").isEmpty)
    }

    @Test func aPerfectVerbOverYearsIsAStandingState() {
        #expect(ruleClaims("Trump on China trade",
                           "China has been charging the United States massive tariffs for many years, Trump said.").isEmpty)
    }

    @Test func aDelayNounAfterAHikeNounPutsTheHikeOff() {
        let found = claims("Trump agrees to one-month tariff increase delay on Chinese goods")
        #expect(!found.contains { $0.direction == .tightening })
    }

    @Test func anApprovalABillWouldRequireIsNoPermission() {
        #expect(!claims("House bill on chip exports",
                        "Lawmakers introduced a bill that would require Congress to approve the sale of advanced AI chips to China.")
            .contains { $0.direction == .easing })
    }

    @Test func delayingAHikeSetForADateEvenPastTheDate() {
        let found = claims("Trump delays tariff rise",
                           "Trump said he will delay a scheduled March 2 increase in the tariffs on Chinese imports.")
        #expect(found.contains { $0.topic == .tariffs && $0.direction == .easing })
        #expect(!found.contains { $0.direction == .tightening })
    }

    @Test func goodsAddedToATariffArePutUnderIt() throws {
        let c = try #require(claims("China adds $50B of US goods to its import tariff").first)
        #expect(c.topic == .tariffs)
        #expect(c.direction == .tightening)
    }

    @Test func aReactionThatRejectsReportsTheMeasure() throws {
        let c = try #require(claims("China firmly rejects US tariff hikes").first)
        #expect(c.actor == .us)
        #expect(c.topic == .tariffs)
        #expect(c.direction == .tightening)
    }

    @Test func aReactionOfSeveralWordsReportsTheMeasureAfterIt() throws {
        let c = try #require(claims("Beijing promises strong response to U.S. chip export controls").first)
        #expect(c.actor == .us)
        #expect(c.topic == .techControls)
        #expect(c.direction == .tightening)
    }

    @Test func aReplyNamedRightAfterTheOtherSideIsTheReplyingSidesMove() {
        let found = claims("China to hit back at U.S with its own entity list")
        #expect(!found.contains { $0.actor == .us })
    }

    @Test func underAWishAnAfterClauseWithItsOwnSubjectReportsTheMove() {
        let found = ruleClaims("China hopes US will scrap all tariffs",
                               "China hopes the United States will scrap all tariffs as soon as possible after the U.S. reinstated 352 product exclusions from China tariffs, the ministry said.")
        #expect(found.contains { $0.actor == .us && $0.topic == .tariffs && $0.direction == .easing })
    }

    @Test func underAMoveAnAfterClauseIsStillItsBackground() {
        let found = ruleClaims("China imposes tariffs on US goods",
                               "China imposed tariffs on US goods after the U.S. raised duties on Chinese products.")
        #expect(!found.contains { $0.actor == .us })
    }

    @Test func aReactionOverATermAndItsMeasureNounReportsTheMeasure() throws {
        let c = try #require(claims("China warns of retaliation over US chip ban").first)
        #expect(c.actor == .us)
        #expect(c.topic == .techControls)
        #expect(c.direction == .tightening)
    }

    @Test func movesToImposeThatAreEasedAreAMeasureEased() {
        #expect(!ruleClaims("China-built US ships exempted from port fees",
                            "Beijing has eased some of its moves to impose retaliatory fees on American vessels calling at Chinese ports, exempting ships built in China from paying them.")
            .contains { $0.direction == .tightening })
    }

    @Test func goodsExcludedFromADutyFreeProgramLoseARelief() {
        #expect(!ruleClaims("US to curb low-value imports",
                            "The administration moves to plug a gap by excluding merchandise covered by tariffs on China from a program that offers duty-free access for low-value shipments.")
            .contains { $0.direction == .easing })
    }

    @Test func aReactionToABareMeasureNounOnATermReportsThatMeasure() throws {
        for title in ["China Condemns U.S. Ban on Huawei Ascend Chips", "China says opposed to latest US rules against Huawei"] {
            let c = try #require(ruleClaims(title).first, "\(title)")
            #expect(c.actor == .us)
            #expect(c.topic == .techControls)
            #expect(c.direction == .tightening)
        }
    }

    @Test func aDecisionMadeIsReportedWhateverIsAskedAboutIt() throws {
        let c = try #require(ruleClaims("Ranking Member Shaheen Presses Commerce Secretary On Trump Administration’s Decision to Ease AI Export Controls to China").first)
        #expect(c.actor == .us)
        #expect(c.topic == .techControls)
        #expect(c.direction == .easing)
    }

    @Test func aDecisionToldInALedeAfterFollowsIsStillBackground() {
        #expect(!ruleClaims("US warns against Huawei AI chip usage",
                            "The announcement follows the Trump administration's decision to rescind the AI Diffusion Rule introduced earlier this year under former President Biden.")
            .contains { $0.direction == .easing })
    }

    @Test func aReactionIdiomAimedAtAMeasureReportsThatMeasure() throws {
        for title in ["China Claps Back at U.S. Export Blacklist", "China lashes out at US entity list additions"] {
            let c = try #require(ruleClaims(title).first, "\(title)")
            #expect(c.actor == .us)
            #expect(c.topic == .techControls)
            #expect(c.direction == .tightening)
        }
    }

    @Test func aReplyNamedBeforeTheMeasureItAnswersReportsThatMeasure() throws {
        for (title, topic) in [("China vows countermeasures against U.S. tariffs", Topic.tariffs),
                               ("Beijing vows countermeasures to US sanctions", .techControls),
                               ("China vows retaliation over new US tariffs", .tariffs)] {
            let c = try #require(ruleClaims(title).first { $0.actor == .us }, "\(title)")
            #expect(c.topic == topic, "\(title)")
            #expect(c.direction == .tightening, "\(title)")
        }
        // The reply alone answers nothing named.
        #expect(ruleClaims("China vows countermeasures").isEmpty)
    }

    @Test func aMeasureAnsweredInAHeadlineNamingOnlyTheReactingSideIsTheOtherSides() {
        expectEachReads([
            ("China vows retaliation against latest tariffs", .tariffs, .us, .tightening),
            ("Beijing condemns latest tariff hike", .tariffs, .us, .tightening),
        ])
        // A term only the reacting side holds is its own, answered about.
        #expect(ruleClaims("Ministry of Commerce Responds to Concerns Over Export Controls on Rare Earth-Related Items")
            .allSatisfy { $0.actor != .us })
    }

    @Test func noChoiceButToActIsNoNegation() {
        #expect(ruleClaims("China says it has no choice but to retaliate against latest U.S. tariffs")
            .contains { $0.direction == .tightening && $0.topic == .tariffs })
        #expect(ruleClaims("China says it will not retaliate against latest U.S. tariffs").allSatisfy { $0.actor != .china })
    }

    @Test func aReactionIdiomThatNamesItsReplyIsTheReply() {
        #expect(ruleClaims("China Hits Back At America With Retaliatory Tariffs, Export Controls On Rare Earth Minerals")
            .contains { $0.actor == .china && $0.direction == .tightening })
    }

    @Test func aReactionAtTheOtherSidesAllyIsAboutAThirdParty() {
        #expect(ruleClaims("China lashes out at US ally over chip curbs").isEmpty)
    }

    @Test func officialsBlastingTheOtherSidesActionsOnATermReportThem() throws {
        let c = try #require(ruleClaims("US officials blast China's actions on rare earths").first)
        #expect(c.actor == .china)
        #expect(c.topic == .rareEarthExports)
        #expect(c.direction == .tightening)
    }

    @Test func aSideThatStrikesBackAndNamesWhatWithHasMoved() throws {
        let tariffs = try #require(ruleClaims("Beijing hits back, 10% tariffs on US crude and farm machinery").first)
        #expect(tariffs.topic == .tariffs)
        #expect(tariffs.actor == .china)
        #expect(tariffs.direction == .tightening)
        let listed = try #require(ruleClaims("China Strikes Back: Sanctions on Three US Defence Firms").first)
        #expect(listed.topic == .nonTariffCountermeasures)
        #expect(listed.direction == .tightening)
        // Striking back with nothing named, or an explainer after the colon, is no move.
        #expect(ruleClaims("China Strikes Back: What It Means for Exporters").isEmpty)
        #expect(ruleClaims("China strikes back: A Trade War Showdown").isEmpty)
    }

    @Test func whatASideStrikesBackWithAfterWithIsItsMove() {
        // "with" names what it strikes back with, as a colon does; "to" makes it announced, a vow a threat.
        let listed = ruleClaims("China to hit back at US with unreliable entity list of its own")
        #expect(listed.contains { $0.topic == .nonTariffCountermeasures && $0.actor == .china && $0.direction == .tightening
            && $0.modality == .announced }, "\(listed)")
        #expect(ruleClaims("Beijing hits back with sanctions list of its own")
            .contains { $0.topic == .nonTariffCountermeasures && $0.modality == .action })
        #expect(ruleClaims("China vows to hit back").isEmpty)
        // Firing back is striking back.
        expectEachReads([("China Fires Back with Tariffs on LNG, Wheat", .tariffs, .china, .tightening)])
        #expect(ruleClaims("China vows to fire back").isEmpty)
    }

    @Test func aPermissionToldByWhatItLetFirmsDoCarriesItsTopic() {
        // Written here, in the wording of the May 2024 reports on Huawei's suppliers.
        #expect(ruleClaims("x", "The United States has revoked licenses that permitted Intel and Qualcomm to sell chips to Huawei.")
            .contains { $0.topic == .techControls && $0.direction == .tightening })
        #expect(ruleClaims("US revokes licenses that allowed Intel to sell chips to Huawei")
            .contains { $0.topic == .techControls && $0.direction == .tightening })
    }

    @Test func whoReactsToAMeasureDoesNotOwnIt() {
        expectEachReads([("China opposes addition of 33 Chinese entities to U.S. \"unverified list\": spokesperson", .techControls, .us, .tightening),
                         ("China condemns US over new tariffs on Chinese EVs", .tariffs, .us, .tightening)])
        #expect(!ruleClaims("China condemns US over new tariffs on Chinese EVs").contains { $0.actor == .china })
    }

    @Test func theUSTellingItsOwnFirmsToHaltChinaSalesIsItsControl() {
        expectEachReads([("US tells Nvidia to halt H20 sales to China", .techControls, .us, .tightening),
                         ("US notifies chip firms of new export restrictions on China", .techControls, .us, .tightening)])
        // Other governments asked are not the US's own control.
        #expect(ruleClaims("US asks allies to halt chip tool sales to China").isEmpty)
        // The threat of a new measure is still no new measure.
        #expect(ruleClaims("Markets weigh the threat of new tariffs on China").allSatisfy { $0.modality != .action })
    }

    @Test func aReplyNamedAfterAnswersOrInKindIsTheReactingSidesOwn() {
        expectEachReads([("Beijing answers US chip curbs with gallium ban", .rareEarthExports, .china, .tightening),
                         ("China responds in kind to US tariffs", .tariffs, .china, .tightening)])
        #expect(ruleClaims("China answers questions on US tariffs").isEmpty)
    }

    @Test func aLedeToldInThePastReadsTheMoveItsReactionFollowed() {
        let found = ruleClaims("Supply chain at risk", "China protested after the US added 37 Chinese firms to the entity list.")
        #expect(found.contains { $0.topic == .techControls && $0.actor == .us && $0.direction == .tightening })
        let reacted = ruleClaims("Supply chain at risk",
            "The Chinese government expressed discontent after the Biden administration restricted American companies from investing in China's high technology sectors.")
        #expect(reacted.contains { $0.topic == .techControls && $0.actor == .us && $0.direction == .tightening })
        // An "after" clause under a plain report stays background.
        #expect(ruleClaims("Supply chain at risk", "Exports fell after the US added 37 Chinese firms to the entity list.").isEmpty)
    }

    @Test func aLedeAnsweringChinasObjectionNamesTheMeasureItAnswers() {
        for lede in ["The spokesperson was responding to the new US export controls on advanced chips to China.",
                     "The ministry opposes the latest US export controls on advanced chips to China."] {
            let found = ruleClaims("China slams U.S. suppression of Chinese firms", lede)
            #expect(found.contains { $0.topic == .techControls && $0.actor == .us && $0.direction == .tightening }, "\(lede)")
        }
        // A lede's new controls under a headline that objects to nothing stay a reference to a move told elsewhere.
        #expect(ruleClaims("Chip stocks in focus", "The spokesperson was responding to the new US export controls on advanced chips to China.")
            .isEmpty)
    }

    @Test func chinasObjectionInAnyFormNamesTheMoveItsLedeAnswers() {
        // An accusation, a ministry's present-tense statement, and "the remarks came after": each answers the
        // move the lede names.
        let moves: [(String, String, Topic)] = [
            ("China accuses US of unfair anti-dumping measures",
             "Beijing has again criticized the US for its recent anti-dumping investigations on aluminum sheets imported from China.", .tariffs),
            ("MOFCOM expresses firm opposition",
             "The ministry was responding to the US decision to raise tariffs on Chinese electric vehicles to 100 percent.", .tariffs),
            ("China firmly opposes US move",
             "The remarks came after the US Commerce Department added 12 Chinese companies to its entity list on Tuesday.", .techControls)]
        for (title, lede, topic) in moves {
            #expect(ruleClaims(title, lede).contains { $0.topic == topic && $0.actor == .us && $0.direction == .tightening }, "\(title)")
        }
        // A headline's objection names the measure it objects to.
        expectEachReads([("China lodges representations over US chip export curbs", .techControls, .us, .tightening),
                         ("China strongly dissatisfied with US export control measures on Chinese firms", .techControls, .us, .tightening)])
        // The remarks of an objection that came after talks report no move.
        #expect(ruleClaims("China expresses strong dissatisfaction with US",
                           "The comments came after the two sides held talks in London.").isEmpty)
    }

    @Test func goodsThatNowNeedALicenceToReachTheOtherSideAreAControl() {
        expectEachReads([("AI chip exports to China will require licences", .techControls, .us, .tightening),
                         ("Nvidia will need a licence to export H20 chips to China", .techControls, .us, .tightening),
                         ("Need license for China chip sale, AMD told", .techControls, .us, .tightening),
                         // The flow opens a goods name of several words.
                         ("Exports of advanced AI chips to China will require licences", .techControls, .us, .tightening),
                         ("Firms must obtain licences to deliver AI chips to China", .techControls, .us, .tightening),
                         // Permission is the licence in a paper's word; extended, it is leave given, as a waiver.
                         ("Energy Transfer says U.S. government needs permission to export ethane to China", .chemicals, .us, .tightening),
                         ("US extends permission for chip tool exports to China", .techControls, .us, .easing)])
        // A requirement lifted, licences merely sought, or one for other destinations, is none.
        #expect(ruleClaims("Nvidia will no longer need a licence to sell H20 chips to China").allSatisfy { $0.direction != .tightening })
        #expect(ruleClaims("Suppliers struggle to get licences for chip sales to China").isEmpty)
        #expect(ruleClaims("Trade update", "According to China's Ministry of Commerce, companies will also need export licenses if they use its technology.")
            .isEmpty)
    }

    @Test func chinasCustomsRejectingAmericanFarmGoodsIsABlock() {
        expectEachReads([
            ("China rejects more U.S. corn due to MIR 162", .nonTariffCountermeasures, .china, .tightening),
            ("China rejects U.S. distillers grain containing unapproved GMO strain", .nonTariffCountermeasures, .china, .tightening),
            // Held at the border, as turned away.
            ("Chinese customs detain US pork shipments", .nonTariffCountermeasures, .china, .tightening),
        ])
        // Smuggled goods seized are a crackdown, not a block of the other side's trade.
        #expect(ruleClaims("China seizes smuggled US pork").isEmpty)
        #expect(ruleClaims("Grain update", "China's quality watchdog at Tianjin turned away 21,800 tonnes of U.S. corn after detecting an unapproved strain.")
            .contains { $0.topic == .nonTariffCountermeasures && $0.actor == .china && $0.direction == .tightening })
        // Rejecting what the other side says is a reaction, not a block.
        #expect(ruleClaims("China rejects U.S. beef claims").isEmpty)
        #expect(ruleClaims("China rejects US accusations over soybean purchases").isEmpty)
    }

    @Test func aGovernmentsListingOfTheOtherSidesFirmsIsAListing() {
        expectEachReads([
            ("China opposes U.S. listing certain Chinese firms as military companies", .techControls, .us, .tightening),
            ("US listing of Chinese firms over drone parts trade will disrupt global supply chains", .techControls, .us, .tightening),
        ])
        // A listing as a noun of its own moves nothing.
        #expect(ruleClaims("Entity listing of Chinese drone maker DJI upheld by court").isEmpty)
        #expect(ruleClaims("Chinese firm's Nasdaq listing delayed by U.S.").isEmpty)
    }

    @Test func aDemandToUndoANewMeasureReportsIt() {
        expectEachReads([
            ("China urges reversal of steep new US tariffs", .tariffs, .us, .tightening),
            ("China says U.S. should stop new dumping probe on solar products", .tariffs, .us, .tightening),
            ("China demands immediate removal of new US tariffs", .tariffs, .us, .tightening),
        ])
        // A measure asked for, one answered, or one whose owner is not told is not read.
        #expect(ruleClaims("U.S. legislators criticize decision to resume Nvidia H20 GPU shipments to China, demand new export rules")
            .allSatisfy { $0.direction != .tightening })
        #expect(ruleClaims("Former US Official: US Should Respond to New China Export Controls With More Chip Curbs").isEmpty)
        #expect(ruleClaims("China urges US to respect its new export controls").isEmpty)
    }

    @Test func aReactionToTheOtherSidesListOfFirmsReportsTheListing() {
        expectEachReads([("China opposes US list of firms with alleged military ties", .techControls, .us, .tightening)])
        #expect(ruleClaims("China opposes US list of firms with alleged military ties").allSatisfy { $0.actor == .us })
    }
}
