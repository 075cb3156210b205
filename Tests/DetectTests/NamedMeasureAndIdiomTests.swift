import Testing
@testable import Detect
import Model

/// Measures and approvals named the way the press names them: the Pentagon's
/// list by its description, AI export rules, Nvidia's China chips by model,
/// an approval given as a "nod" or a "green light", a merger named by the two
/// firms joined. Sentences are written here; each pins one kind.
@Suite struct NamedMeasureAndIdiomTests {
    @Test func tariffExclusionsGrantedOrExtendedEaseTheTariffs() {
        expectEachReads([("Section 301 Exclusion Requests Granted for Chinese List 1 Goods", .tariffs, .us, .easing),
                         ("New Section 301 Exclusions on Chinese Goods", .tariffs, .us, .easing),
                         ("China: Retaliatory Tariff Exclusions Extended for Select Farm Goods", .tariffs, .china, .easing)])
        // Exclusions for American goods are China's.
        #expect(ruleClaims("CTC Issues Second Exclusion List for U.S. Imports",
                           "China's Customs Tariff Commission of the State Council issued the second exclusion list.")
            .contains { $0.topic == .tariffs && $0.actor == .china && $0.direction == .easing })
        // A process, a comment request, exclusions let expire grant nothing.
        for title in ["USTR Opens Exclusion Process for Chinese List 3 Goods", "Comments Sought on Exclusions Extended for Chinese Goods",
                      "China Tariff Exclusions Extended Last Year Set to Expire"] {
            #expect(ruleClaims(title).allSatisfy { $0.direction != .easing }, "\(title)")
        }
    }

    @Test func aDutyOnASidesOwnExportsIsAnExportControlOnTheGoods() {
        expectEachReads([("China to scrap export duties on rare earths", .rareEarthExports, .china, .easing),
                         ("China raises export taxes on rare earths", .rareEarthExports, .china, .tightening),
                         ("Duties on rare earth exports to be ended", .rareEarthExports, .china, .easing),
                         ("Termination of China's Export Duties on Raw Materials Including Rare Earths", .rareEarthExports, .china, .easing)])
        // The other side's exports are the importer's tariffs.
        expectEachReads([("China imposes duties on US chip exports", .tariffs, .china, .tightening)])
    }

    @Test func theTelecomRegulatorActingOnChineseFirmsRestrictsThem() {
        expectEachReads([("FCC Votes to Deny China Unicom Bid to Operate in US", .techControls, .us, .tightening),
                         ("FCC Withdraws Recognition from Chinese Test Labs", .techControls, .us, .tightening),
                         ("Federal Communications Commission revokes Chinese carrier's authority to operate", .techControls, .us, .tightening)])
        // Not when the regulator is what a Chinese firm says cannot act, or acts on no Chinese firm.
        #expect(ruleClaims("Chinese Camera Maker Says FCC Can't Block It From US").isEmpty)
        #expect(ruleClaims("FCC Withdraws Recognition from Testing Labs").isEmpty)
    }

    @Test func keepingTheOtherSidesFirmsOutIsAMeasureOnThem() {
        #expect(ruleClaims("China says will freeze out U.S. companies that sell Taiwan arms")
            .contains { $0.topic == .nonTariffCountermeasures && $0.actor == .china && $0.direction == .tightening })
        #expect(ruleClaims("US slams door on Chinese connected cars")
            .contains { $0.actor == .us && $0.direction == .tightening })
        // The wire's synonym for blacklisting, over a list of the firms' kinds ("aerospace, tech companies"
        // are companies: the list, not the aerospace export controls).
        let c = ruleClaims("US close to blackballing 89 Chinese aerospace, tech companies")
        #expect(c.contains { $0.topic == .techControls && $0.actor == .us && $0.direction == .tightening })
        #expect(c.allSatisfy { $0.topic != .jetEngines })
    }

    @Test func chinaAdoptingACountermeasureLawTightensItsCountermeasures() {
        // Sentences written here: the legislature's verb and the law's name carry the move.
        expectEachReads(["China's legislature passes export control law", "Beijing enacts statute to counter foreign sanctions",
                         "China approves new anti-sanctions law", "China adopts law to restrict exports of sensitive items",
                         "China to adopt retaliatory export-control law"].map { ($0, .nonTariffCountermeasures, .china, .tightening) })
        // Any other law, a draft, the US's law, or a law China does not pass: no such move.
        for title in ["China passes new data privacy law", "China's legislature reviews draft export control law",
                      "US Congress passes anti-sanctions law", "China adopts law on food safety",
                      "Japan enacts export control law"] {
            #expect(!ruleClaims(title).contains { $0.topic == .nonTariffCountermeasures && $0.actor == .china && $0.direction == .tightening },
                    "\(title)")
        }
    }

    @Test func uraniumIsANuclearMaterial() {
        expectEachReads([("US probes uranium imports from China", .nuclear, .us, .tightening),
                         ("Commerce opens investigation into Chinese enriched uranium exports", .nuclear, .us, .tightening)])
        // Another pair's uranium is none of it.
        #expect(ruleClaims("Russia bans enriched uranium exports to US").isEmpty)
        #expect(ruleClaims("Biden signs ban on Russian uranium imports").isEmpty)
    }

    @Test func chinasControlledElementsAreItsCriticalMineralControls() {
        expectEachReads([("China restricts exports of bismuth and tellurium to the US", .rareEarthExports, .china, .tightening),
                         ("China adds scandium, gadolinium and lutetium to export control list", .rareEarthExports, .china, .tightening),
                         ("China eases export controls on molybdenum", .rareEarthExports, .china, .easing),
                         ("China to curb exports of battery cathode technology", .rareEarthExports, .china, .tightening)])
    }

    @Test func theChipRulesControlledItemsAreTechControls() {
        expectEachReads([("US restricts exports of high-bandwidth memory to China", .techControls, .us, .tightening),
                         ("Commerce curbs shipments of wafer fabrication equipment to Chinese fabs", .techControls, .us, .tightening),
                         ("US bars sales of GPUs to China", .techControls, .us, .tightening),
                         ("US tightens controls on quantum computing exports to China", .techControls, .us, .tightening),
                         ("China bans Nvidia GPUs", .nonTariffCountermeasures, .china, .tightening)])
    }

    @Test func theUSCuttingItsExportsToChinaIsAnExportControl() {
        expectEachReads([("US restricts exports of gene sequencers to China", .techControls, .us, .tightening),
                         ("U.S. restricts exports to a dozen more Chinese companies", .techControls, .us, .tightening)])
        // China's exports, or the US's to a third country, are none of it; nor is a flow that falls by itself.
        #expect(ruleClaims("China restricts exports of machine tools to US").allSatisfy { $0.topic != .techControls })
        #expect(ruleClaims("US restricts exports of machine tools to Russia").isEmpty)
        #expect(ruleClaims("US exports to China fall 20%").isEmpty)
    }

    @Test func theUSCappingChinasGoodsAtItsBorderIsReadWithItsTariffs() {
        expectEachReads([("U.S. Moves to Limit Imports From China", .tariffs, .us, .tightening),
                         ("U.S. imposes quotas on Chinese textile imports", .tariffs, .us, .tightening),
                         ("US restricts imports of Chinese socks", .tariffs, .us, .tightening)])
        // China's cap on the US's goods keeps its own reading; a third country's goods, or a quota set by itself, none.
        #expect(ruleClaims("China restricts imports of US beef").allSatisfy { $0.topic != .tariffs })
        #expect(ruleClaims("US restricts imports of Vietnamese socks").isEmpty)
        #expect(ruleClaims("US imposes quotas on textile imports").isEmpty)
    }

    @Test func aGoAheadOrANodWithoutItsArticleIsAnApproval() {
        expectEachReads([("US gives go-ahead for H200 exports to China", .techControls, .us, .easing),
                         ("Commerce gives nod for Nvidia chip sales to China", .techControls, .us, .easing)])
    }

    @Test func announcingAnIncreaseOnAMeasureTightensIt() {
        expectEachReads([("USTR announces increase from 10% to 25% on Section 301 tariffs", .tariffs, .us, .tightening)])
        #expect(ruleClaims("China announces increase in soybean purchases").allSatisfy { $0.direction != .tightening })
    }

    @Test func chinasCarriersByNameAreTheTelecomControls() {
        expectEachReads([("FCC revokes China Unicom Americas' authority to provide telecom services", .techControls, .us, .tightening),
                         ("US moves to block China Mobile from American market", .techControls, .us, .tightening)])
    }

    @Test func aHeadlinesNewUSMeasureIsAimedAtTheChinaItsLedeNames() {
        let lede = "The curbs on selling advanced chips and chipmaking tools to China took effect on Monday."
        for title in ["US' new chip export curbs seen as tech hegemony", "New US chip export restrictions take effect"] {
            #expect(ruleClaims(title, lede).contains { $0.topic == .techControls && $0.actor == .us && $0.direction == .tightening && $0.inTitle },
                    "\(title)")
        }
        // Without China in the lede, a new US measure may be on anyone; a new global tariff, a new delay or a
        // new threat is no US measure on China; and a headline naming China elsewhere is read as it stands.
        #expect(!ruleClaims("New US chip export restrictions take effect", "The rules apply to shipments to Russia.")
            .contains { $0.inTitle && $0.actor == .us && $0.direction == .tightening })
        #expect(!ruleClaims("US imposes new 10% global tariff", "China said it would study the decision.")
            .contains { $0.inTitle && $0.actor == .us && $0.direction == .tightening })
        #expect(!ruleClaims("Trump calls latest tariff delay a goodwill gesture", "The increase on Chinese goods was put off.")
            .contains { $0.actor == .us && $0.direction == .tightening })
        #expect(!ruleClaims("Pressure won't resolve issues: FM on latest US tariff threats", "China's foreign ministry spoke.")
            .contains { $0.inTitle && $0.actor == .us && $0.direction == .tightening })
    }

    @Test func chinaOpeningItsMarketToUSGoodsEasesItsCountermeasures() {
        for title in ["Chinese market opens for U.S. blueberries", "China opens its market to U.S. beef",
                      "China opens door to US beef", "China grants market access to US avocados",
                      "China Expands Market To US Agricultural Products Under Phase 1 Trade Deal"] {
            #expect(ruleClaims(title).contains { $0.topic == .nonTariffCountermeasures && $0.actor == .china && $0.direction == .easing },
                    "\(title)")
        }
        // Talks opened, a demand, a refusal, or the US's own market: no such easing.
        for title in ["China opens door to talks with US", "China opens door to US trade talks",
                      "US urges China to open market to US beef", "China refuses to open market to US beef",
                      "US opens market to Chinese beef"] {
            #expect(ruleClaims(title).allSatisfy { !($0.actor == .china && $0.direction == .easing) }, "\(title)")
        }
    }

    @Test func chinasBiotechCropApprovalsAreItsImportPermissions() {
        #expect(ruleClaims("China hands out long-awaited GM crop approvals amid U.S. trade talks")
            .contains { $0.topic == .nonTariffCountermeasures && $0.actor == .china && $0.direction == .easing })
        #expect(ruleClaims("China greenlights new genetically modified crops",
                           "China approved imports of five new varieties of genetically modified crops, opening the way for US seed firms.")
            .contains { $0.topic == .nonTariffCountermeasures && $0.actor == .china && $0.direction == .easing })
    }

    @Test func pressFiguresForAControlAndItsRelief() {
        let moves: [(String, Topic, Actor, Direction)] = [
            ("China weaponizes rare earths against US", .rareEarthExports, .china, .tightening),
            ("US turns the screws on Chinese chipmakers", .techControls, .us, .tightening),
            ("Beijing dials down rare earth curbs", .rareEarthExports, .china, .easing),
            ("China waves through rare earth export licences for US firms", .rareEarthExports, .china, .easing),
            ("Trump jacks up tariffs on Chinese goods", .tariffs, .us, .tightening),
        ]
        expectEachReads(moves)
    }

    @Test func hittingPauseIsTheSubjectsPause() {
        // Not China's: the US pauses its own hike on China.
        let c = ruleClaims("US hits pause on China tariff hike")
        #expect(c.contains { $0.topic == .tariffs && $0.actor == .us && $0.direction == .easing })
        #expect(c.allSatisfy { $0.actor != .china })
        #expect(ruleClaims("US hits pause on tariff cuts for China").allSatisfy { $0.direction != .easing })
    }

    @Test func goodsAreHeadedByWhoseTheyAre() {
        #expect(ruleClaims("Certain Products of Micron Prohibited from Sale in China")
            .contains { $0.topic == .nonTariffCountermeasures && $0.actor == .china && $0.direction == .tightening })
    }

    @Test func chinasExportControlLawIsItsCountermeasuresFrameworkNotARareEarthControl() {
        #expect(ruleClaims("China's new export control law comes into force").allSatisfy { $0.topic != .rareEarthExports })
        #expect(ruleClaims("China Enacts Export Control Law", "The law, which takes effect on December 1, lets Beijing restrict "
            + "exports and blacklist foreign firms.").allSatisfy { $0.topic != .rareEarthExports })
        // One control on its exports is still that control.
        #expect(ruleClaims("China's export controls on gallium take effect").contains { $0.topic == .rareEarthExports })
    }

    @Test func aFlowPutOnHoldStops() throws {
        let c = try #require(claims("China puts US soy buying on hold as tariff war escalates").first { $0.topic == .nonTariffCountermeasures })
        #expect(c.actor == .china)
        #expect(c.direction == .tightening)
        // A measure put on hold is paused.
        #expect(claims("US puts tariffs on Chinese goods on hold").allSatisfy { $0.direction == .easing })
    }

    @Test func rareMetalsAreTheMineralsChinaControls() {
        // Gallium, germanium and antimony, as wire copy sums them up.
        #expect(ruleClaims("China lifts curbs on exports of rare metals to US firms")
            .contains { $0.topic == .rareEarthExports && $0.actor == .china && $0.direction == .easing })
    }

    @Test func providingLicencesGivesThemProvidingGuidanceGivesNothing() {
        #expect(ruleClaims("US to provide export licences for sales to Huawei")
            .contains { $0.topic == .techControls && $0.actor == .us && $0.direction == .easing })
        #expect(ruleClaims("Customs bulletin on China duties",
                           "The purpose of this message is to provide guidance implementing the order modifying tariff rates on China.").isEmpty)
    }

    @Test func theFCCsBansOnChineseTelecomGearAreUSTechControls() {
        #expect(ruleClaims("FCC bans authorizations for Chinese video surveillance equipment")
            .contains { $0.topic == .techControls && $0.actor == .us && $0.direction == .tightening })
    }

    @Test func aFirmsSettlementWithAnAgencyIsNoTalks() {
        #expect(!ruleClaims("Commerce reactivates denial order on Zhongxing Telecommunications Equipment Corporation",
                            "In March the Secretary signed an order approving the terms of the Settlement Agreement between the Bureau of Industry and Security and ZTE.")
            .contains { $0.topic == .talks })
    }

    @Test func closingExemptionsForTheOtherSidesImportsRaisesTariffs() {
        let found = ruleClaims("White House signs order closing exemptions for low-value parcels from China")
        #expect(found.contains { $0.topic == .tariffs && $0.actor == .us && $0.direction == .tightening }, "\(found)")
        #expect(ruleClaims("Beijing grants exemptions for some goods from the US")
            .contains { $0.topic == .tariffs && $0.actor == .china && $0.direction == .easing })
    }

    @Test func aListUpdatedWithANumberOfFirmsHasThemAdded() {
        #expect(ruleClaims("Commerce updates Entity List with 30 entities in China")
            .contains { $0.topic == .techControls && $0.actor == .us && $0.direction == .tightening })
        #expect(ruleClaims("Commerce updates Entity List guidance").isEmpty)
    }

    @Test func businessWithAFirmResumedIsTradeAllowed() {
        #expect(ruleClaims("American firms can resume business with ZTE, Commerce says")
            .contains { $0.topic == .techControls && $0.actor == .us && $0.direction == .easing })
    }

    @Test func aPermissionSoughtOrRequiredIsNoneReceived() {
        #expect(ruleClaims("Chip suppliers to Huawei said to be struggling to get US export licences").isEmpty)
        #expect(!ruleClaims("x", "The listing requires US suppliers to obtain licences to sell to the Chinese chipmaker.")
            .contains { $0.direction == .easing })
        // Received, it is granted.
        #expect(ruleClaims("Chip suppliers to Huawei get US export licences").contains { $0.direction == .easing })
    }

    @Test func aListOfWhatIsSparedIsNoBlacklist() {
        let found = ruleClaims("China exempts some US goods from tariffs",
                               "Beijing has compiled a list of American-made goods that will be excluded from its 125 per cent tariffs.")
        #expect(!found.contains { $0.direction == .tightening }, "\(found)")
        // A list of firms to punish is still one.
        #expect(ruleClaims("China compiles a list of US firms to punish over Taiwan arms sales")
            .contains { $0.direction == .tightening })
    }

    @Test func licencesYankedBackAreRevoked() throws {
        let c = try #require(claims("US commerce department yanks back Huawei export licenses").first)
        #expect(c.topic == .techControls)
        #expect(c.direction == .tightening)
    }

    @Test func anAntiDumpingTariffIsAProbesDuty() throws {
        let c = try #require(claims("China imposes 43.5% anti-dumping tariff on US propionic acid after yearlong investigation").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.direction == .tightening)
    }

    @Test func taxFreeTreatmentEndedRaisesTariffs() throws {
        let c = try #require(claims("The US will terminate the tax-free treatment for small packages from mainland China and Hong Kong on May 2, 2025.").first)
        #expect(c.topic == .tariffs)
        #expect(c.direction == .tightening)
    }

    @Test func aHaltToCollectingAMeasureHaltsTheMeasure() throws {
        let c = try #require(claims("US to halt collection of tariffs on Chinese goods").first)
        #expect(c.topic == .tariffs)
        #expect(c.direction == .easing)
    }

    @Test func logImportsSuspendedAreACountermeasureAsSoybeansAre() throws {
        let c = try #require(claims("China Suspends U.S. Log Imports").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.direction == .tightening)
    }

    @Test func expandingTheListOfChineseCompaniesTightensTechControls() throws {
        let c = try #require(claims(
            "Pentagon adds tech giants",
            "The administration expanded its list of Chinese companies said to support the People's Liberation Army.")
            .first { $0.topic == .techControls })
        #expect(c.actor == .us)
        #expect(c.direction == .tightening)
    }

    @Test func techExportsAreTheActingSidesExportControls() throws {
        let c = try #require(ruleClaims("US cuts tech exports to China firm on security grounds").first)
        #expect(c.topic == .techControls)
        #expect(c.direction == .tightening)
        let d = try #require(ruleClaims("China restricts technology exports to US").first)
        #expect(d.topic == .rareEarthExports)
        #expect(d.actor == .china)
    }

    @Test func easingAIExportRulesEasesTechControls() throws {
        let c = try #require(claims("Washington eases AI export rules for China").first { $0.topic == .techControls })
        #expect(c.direction == .easing)
    }

    @Test func aChinaModelOfNvidiaChipIsAChip() throws {
        let c = try #require(claims("Nvidia under pressure in China: internet regulator bans RTX Pro 6000D purchases").first)
        #expect(c.actor == .china)
        #expect(c.direction == .tightening)
        #expect(c.matched.contains("rtx pro"))
    }

    @Test func aNodToAUSFirmsMergerEasesTheCountermeasure() throws {
        let c = try #require(claims("Beijing gives final nod to Broadcom-VMware deal").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.direction == .easing)
    }

    @Test func aGreenLightIsAnApproval() throws {
        let c = try #require(claims("Commerce gives the green light to H200 chip sales to China").first)
        #expect(c.topic == .techControls)
        #expect(c.direction == .easing)
    }

    @Test func tighteningControlOverGoodsKeepsTheGoodsInTheObject() throws {
        let c = try #require(claims("China tightens control over dual-use items export to US").first)
        #expect(c.actor == .china)
        #expect(c.direction == .tightening)
    }

    @Test func chinasControlsOnExportsToTheUSAreItsExportControlsAndOnNamedUsersItsCountermeasure() throws {
        let country = try #require(claims("China lifts some export controls on dual-use goods to the US").first)
        #expect(country.topic == .rareEarthExports)
        #expect(country.direction == .easing)
        let users = try #require(claims("China bans dual-use exports to US military end-users").first)
        #expect(users.topic == .nonTariffCountermeasures)
        let imports = try #require(claims("Beijing Steps Up Chip Import Controls to Curb Nvidia Sales").first)
        #expect(imports.topic == .nonTariffCountermeasures)
    }

    @Test func usCustomsIsTheUSNotChinasCustoms() throws {
        let c = try #require(claims("Importers brace for refunds",
            "U.S. Customs has ceased collecting tariffs imposed under the emergency powers law on goods from China.").first)
        #expect(c.actor == .us)
        #expect(c.direction == .easing, "a stopped collection is the tariffs' end")
    }

    @Test func aPermissionLetLapseIsWithdrawn() throws {
        let c = try #require(claims("China has let the export registrations of 500 U.S. beef plants expire").first)
        #expect(c.actor == .china && c.direction == .tightening)
    }

    @Test func ratesAmendedToAlignWithNegotiationsCarryOutTheTalks() throws {
        let c = try #require(claims("Amending Reciprocal Tariff Rates to Align with Ongoing Negotiations with the People's Republic of China").first)
        #expect(c.topic == .tariffs && c.direction == .easing)
    }

    @Test func whatADealIsToDoIsItsPurpose() {
        #expect(!claims("Officials say deal struck to cut China trade deficit").contains { $0.direction == .tightening })
        #expect(!claims("US, China wrap up trade talks with promising signals on reducing deficits").contains { $0.direction == .tightening })
    }

    @Test func aTruceWithItsContentAfterWithIsStillADeal() throws {
        let c = try #require(claims("U.S. and China Strike One-Year Trade Truce With Tariff Cuts and Rare-Earth Pause").first { $0.topic == .talks })
        #expect(c.direction == .easing)
    }

    @Test func pausingExportsOfCriticalTechnologiesIsATechControl() throws {
        let c = try #require(claims("Washington halts sales of critical technologies to China").first)
        #expect(c.actor == .us && c.topic == .techControls && c.direction == .tightening)
    }

    @Test func agreeingOnTheFirstPartOfADealIsTheDeal() throws {
        let c = try #require(claims("US and China agree on first part of trade deal").first)
        #expect(c.topic == .talks)
        #expect(c.direction == .easing)
    }

    @Test func renewingUSExportersRegistrationsEasesTheCountermeasure() throws {
        let c = try #require(claims(
            "Beijing renews plant registrations for US beef exporters",
            "China renewed a slate of expiring registrations for U.S. facilities exporting beef to the country.")
            .first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.direction == .easing)
        #expect(!claims("Beijing renews plant registrations for US beef exporters",
                        "China renewed a slate of expiring registrations for U.S. facilities exporting beef to the country.")
            .contains { $0.direction == .tightening })
    }

    @Test func lettingRegistrationsLapseIsNoEasing() {
        #expect(!claims("China lets US beef plant registrations expire").contains { $0.direction == .easing })
        #expect(!claims("China allows US beef facility registrations to lapse").contains { $0.direction == .easing })
    }

    @Test func eliminatingARespiteTightensEliminatingAMeasureEases() throws {
        let c = try #require(claims("US eliminates license exception for chip exports to China").first)
        #expect(c.topic == .techControls)
        #expect(c.direction == .tightening)
        let d = try #require(claims("China eliminates tariffs on US farm goods").first)
        #expect(d.topic == .tariffs)
        #expect(d.direction == .easing)
    }

    @Test func feesOnChineseShipsArePortFees() throws {
        let c = try #require(claims("USTR sets new fees on Chinese-built ships").first)
        #expect(c.actor == .us)
        #expect(c.direction == .tightening)
    }

    @Test func antiCircumventionMeasuresAreACountermeasure() throws {
        let c = try #require(claims("Beijing imposes anti-circumvention duties on US optical fibre").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.direction == .tightening)
    }

    @Test func exportRequirementsAddedForChineseEntitiesTightenTechControls() throws {
        let c = try #require(claims("Export requirements added for 30 Chinese entities").first)
        #expect(c.topic == .techControls)
        #expect(c.direction == .tightening)
    }

    @Test func tariffsComingInEffectAreInForce() throws {
        let c = try #require(claims("Beijing vows response as U.S. tariffs on Chinese goods come in effect").first { $0.topic == .tariffs })
        #expect(c.direction == .tightening)
    }

    @Test func aShareOfChinaChipSalesPaidToTheUSEasesTechControls() throws {
        let c = try #require(claims("AMD agrees to pay 15% of China chip revenue to the US government").first { $0.topic == .techControls })
        #expect(c.actor == .us)
        #expect(c.direction == .easing)
        #expect(claims("Chip designers' China revenue falls 20% after US curbs").allSatisfy { $0.direction != .easing })
    }

    @Test func engineTechnologyAndToolShipmentsAreNamedExports() throws {
        let c = try #require(claims("US halts engine technology exports to China's jet maker").first)
        #expect(c.topic == .jetEngines)
        #expect(c.direction == .tightening)
        let d = try #require(claims("Commerce approves tool shipments to Samsung's China fabs").first)
        #expect(d.topic == .techControls)
        #expect(d.direction == .easing)
    }

    @Test func preliminaryADIsAntidumpingDuty() throws {
        let c = try #require(claims("Commerce to impose preliminary AD on battery material from China").first)
        #expect(c.actor == .us)
        #expect(c.topic == .tariffs)
        #expect(c.direction == .tightening)
    }

    @Test func aDenialOrderIsAnExportControl() throws {
        let lifted = try #require(ruleClaims("BIS Issues an Order Terminating the Denial Order Issued Against ZTE").first)
        #expect(lifted.topic == .techControls)
        #expect(lifted.direction == .easing)
        let activated = try #require(ruleClaims("Order Activating Suspended Denial Order Relating to Zhongxing Telecommunications Equipment Corporation and ZTE Kangzun Telecommunications LTD").first)
        #expect(activated.topic == .techControls)
        #expect(activated.direction == .tightening)
    }

    @Test func aPermissionGovernsTheVerbOfItsInfinitive() {
        #expect(ruleClaims("Nvidia cleared", "Nvidia CEO Jensen Huang has confirmed that the US government has approved the company to begin selling its advanced H20 artificial intelligence chips to China.")
            .contains { $0.topic == .techControls && $0.direction == .easing })
        // An authority to impose a tariff is the tariff's, not a permission.
        #expect(!ruleClaims("Trump Signs 25% Tariff Order on Iran Trading Partners (China Buys Iran Oil)",
                            "On February 6, 2026, President Donald Trump signed an executive order authorizing the United States to impose an additional tariff of up to 25% on goods imported from any country that engages in business with Iran.")
            .contains { $0.direction == .easing })
    }

    @Test func firmsAddedToAListAreOnTheListsTopic() throws {
        let c = try #require(ruleClaims("China to take steps",
                                        "The U.S. added seven Chinese entities, mostly related to aerospace, to its export control list.").first)
        #expect(c.topic == .techControls)
        #expect(c.direction == .tightening)
        // Goods added to a list of exemptions are no listing.
        #expect(!ruleClaims("China extends tariff waivers to US soybeans and pork",
                            "The Chinese government has decided to add soybeans, pork and other agricultural goods to a list of products it exempts from retaliatory tariffs against the U.S.")
            .contains { $0.direction == .tightening })
    }

    @Test func firmsPutOnAListPastALongDescriptionAreListed() throws {
        let c = try #require(ruleClaims("The US places a dozen Chinese groups developing quantum computing, semiconductor, and aerospace technologies on an entity list").first)
        #expect(c.topic == .techControls)
        #expect(c.actor == .us)
        #expect(c.direction == .tightening)
    }

    @Test func aSidesReliefUndoneIsNewsWhoeverFretsOverIt() throws {
        let c = try #require(ruleClaims("Samsung, SK hynix on edge over US chip waiver rollback",
                                        "Samsung Electronics and SK hynix, Korea's leading chipmakers with major semiconductor fabs in China, were reportedly notified that the US government plans to cancel the exemptions.").first)
        #expect(c.topic == .techControls)
        #expect(c.direction == .tightening)
    }

    @Test func haltsToAFlowAndAListOfUnreliableEntitiesAreNamedEitherWay() throws {
        let halted = try #require(ruleClaims("Bloomberg: China Orders Halts to Boeing Jet Deliveries").first)
        #expect(halted.topic == .nonTariffCountermeasures)
        #expect(halted.direction == .tightening)
        let listed = try #require(ruleClaims("China to release list of unreliable entities soon, targeting US firms").first)
        #expect(listed.topic == .nonTariffCountermeasures)
        #expect(listed.direction == .tightening)
    }

    @Test func fedExIsAUSFirmAndDramIsAChip() throws {
        let probe = try #require(claims("China opens investigation into FedEx").first)
        #expect(probe.topic == .nonTariffCountermeasures)
        #expect(probe.actor == .china)
        #expect(probe.direction == .tightening)
        let ban = try #require(claims("Commerce bars sales to Chinese DRAM producer").first)
        #expect(ban.topic == .techControls)
        #expect(ban.actor == .us)
        #expect(ban.direction == .tightening)
    }

    @Test func aChipNamedInThePluralIsStillTheChip() {
        // Written here: headlines count the product ("chokes off supply of H20s to China").
        #expect(ruleClaims("US chokes off supply of H20s to China")
            .contains { $0.topic == .techControls && $0.direction == .tightening })
        #expect(ruleClaims("US bans H20s to China").contains { $0.topic == .techControls && $0.direction == .tightening })
    }

    @Test func singularFarmCompoundsAndReactorFuelAreNamedGoods() throws {
        let farm = try #require(claims("China suspends U.S. agricultural product purchases").first)
        #expect(farm.topic == .nonTariffCountermeasures && farm.direction == .tightening && farm.actor == .china)
        let fuel = try #require(claims("US blocks radioactive fuel to China amid nuclear weapons fears").first)
        #expect(fuel.topic == .nuclear && fuel.direction == .tightening && fuel.actor == .us)
    }

    @Test func aRegisteredMeatExporterSuspendedIsACountermeasure() throws {
        let c = try #require(claims("China suspends US meat exporter over food safety issue").first)
        #expect(c.topic == .nonTariffCountermeasures && c.direction == .tightening && c.actor == .china)
    }

    @Test func preliminaryADDutiesAreATradeRemedyNotTariffs() throws {
        let c = try #require(claims("China Announces Preliminary AD Duties of Up to 48.6 Percent on US Chemicals").first)
        #expect(c.topic == .nonTariffCountermeasures && c.direction == .tightening)
    }

    @Test func aGovernmentListingTheOtherSidesFirmsPutsThemOnItsList() throws {
        for title in ["Trump Administration Lists 89 Chinese Companies with Military Ties",
                      "Exclusive: In latest Chinese jab, US compiles list of 89 companies with military ties"] {
            let c = try #require(claims(title).first)
            #expect(c.topic == .techControls && c.direction == .tightening && c.actor == .us)
        }
        // The noun is no listing: "lists of products".
        #expect(claims("USTR releases lists of Chinese products subject to tariffs").allSatisfy { $0.topic != .techControls })
    }
}

/// The US outbound investment rules, named by what they restrict.
@Suite struct OutboundInvestmentTests {
    @Test func limitsOnInvestmentInChineseTechAreTechControls() throws {
        let c = try #require(ruleClaims("U.S. Tightens Limits on Investment in Chinese Tech").first)
        #expect(c.topic == .techControls)
        #expect(c.actor == .us)
        #expect(c.direction == .tightening)
        let eased = try #require(ruleClaims("US eases outbound investment rules for China").first)
        #expect(eased.direction == .easing)
    }

    @Test func theRulesNamedByTheTechnologyAreTechControls() {
        expectEachReads([
            ("China has right to take measures as U.S. restricts tech investment", .techControls, .us, .tightening),
            ("US widens high-tech investment ban on China", .techControls, .us, .tightening),
        ])
        #expect(ruleClaims("Apple boosts tech investment in China").isEmpty)
    }

    @Test func aFirmsInvestmentIsNoMeasure() {
        #expect(ruleClaims("Apple boosts investment in Chinese tech firms").isEmpty)
        #expect(ruleClaims("Chinese tech firms see surge in outbound investment").isEmpty)
    }

    @Test func aPowerGivenToAGovernmentIsNoFlowLetThrough() {
        // The order empowers an agency; it eases nothing.
        #expect(ruleClaims("Biden signs order authorizing the Department of the Treasury to regulate U.S. technology investments in China")
            .allSatisfy { $0.direction != .easing })
        // A green light from a government to a firm still lets the flow through.
        #expect(ruleClaims("Samsung wins green light from the U.S. government to ship chipmaking equipment to its Chinese plants")
            .contains { $0.direction == .easing })
    }
}

/// Idioms and official phrases for a move that name no change word of their own.
@Suite struct BrakesAndFairValueTests {
    @Test func brakesOnAFlowCurbItAndOnAHikeDelayIt() throws {
        let curb = try #require(ruleClaims("US Puts Brakes on AI Chip Exports to China").first)
        #expect(curb.topic == .techControls)
        #expect(curb.direction == .tightening)
        let delay = try #require(ruleClaims("Trump puts the brakes on tariff hike for Chinese goods").first)
        #expect(delay.topic == .tariffs)
        #expect(delay.direction == .easing)
    }

    @Test func goodsSoldBelowFairValueAreAUSDumpingFinding() throws {
        let c = try #require(ruleClaims("U.S. Finds Chinese Active Anode Material Sold Below Fair Value").first)
        #expect(c.topic == .tariffs)
        #expect(c.actor == .us)
        #expect(c.direction == .tightening)
        // Another country's goods are no US-China move.
        #expect(ruleClaims("Commerce finds Vietnamese shrimp sold at less than fair value").isEmpty)
    }

    @Test func blacklistedFirmsInALedeAreAListNotAChineseMove() {
        #expect(!ruleClaims("US Pauses Crackdown on Blacklisted Chinese Firms",
                            "The Trump administration has cemented one of its key concessions from the latest U.S.-China trade truce by formally delaying an export control rule designed to crack down on shipments to companies that are majority-backed by blacklisted firms.")
            .contains { $0.actor == .china })
    }

    @Test func americanMoneyKeptOutOfChineseFirmsIsTheOutboundInvestmentControl() {
        expectEachReads([("Biden Order to Ban Investment in 59 Chinese Defense, Tech Firms", .techControls, .us, .tightening),
                         ("Treasury finalizes rules restricting US investment in Chinese AI firms", .techControls, .us, .tightening),
                         ("Biden signs order to curb US investment in China tech", .techControls, .us, .tightening)])
        // A firm's investment in China is business news.
        #expect(ruleClaims("Apple to boost investment in China").isEmpty)
    }

    @Test func theFCCsCoveredListAndCarrierLicencesAreChinaAimedTechControls() {
        expectEachReads([("FCC Adds Two More Entities to the Covered List", .techControls, .us, .tightening),
                         ("FCC Revokes China Telecom America's Telecommunications Services Authority", .techControls, .us, .tightening)])
        // Every country's drones are not China's.
        #expect(ruleClaims("FCC Adds All Foreign Drones to Covered List").isEmpty)
    }

    @Test func theUSPostStoppingChinasParcelsIsATariffTighteningAndResumingThemEases() {
        expectEachReads([("U.S. Postal Service Suspends China Parcels after Trump Tariffs", .tariffs, .us, .tightening),
                         ("USPS temporarily suspends some inbound packages from China, Hong Kong", .tariffs, .us, .tightening),
                         ("USPS resumes accepting parcels from China", .tariffs, .us, .easing)])
        // A firm's parcels in China's probe are not the US post's.
        #expect(!ruleClaims("China launches investigation into FedEx after Huawei packages diverted").contains { $0.topic == .tariffs })
    }

    @Test func aLicenseExceptionIsARespiteFromUSExportControls() {
        expectEachReads([("US ends license exceptions for Hong Kong", .techControls, .us, .tightening),
                         ("BIS restores license exception for exports to China", .techControls, .us, .easing)])
    }

    @Test func chinasAccessToUSCloudComputingIsATechControl() {
        expectEachReads([("US Considers Restricting China's Access to Cloud Computing Services", .techControls, .us, .tightening)])
        // A firm's cloud business is not.
        #expect(ruleClaims("Alibaba cloud services revenue jumps").isEmpty)
    }

    @Test func aTaxOnImportsIsATariffButATaxAloneIsNot() {
        expectEachReads([("Trump pauses tariffs on most nations for 90 days, raises taxes on Chinese imports", .tariffs, .us, .tightening),
                         ("China cuts taxes on US goods", .tariffs, .china, .easing)])
        #expect(ruleClaims("China cuts taxes on small businesses").isEmpty)
    }

    @Test func theEntityListByTheRegulationsItBelongsToIsTheEntityList() {
        expectEachReads([("Department of Commerce Adds 6 China-Based Entities to Export Administration Regulations List",
                          .techControls, .us, .tightening)])
    }

    @Test func theTelecomRegulatorsProbeOfChineseFirmsIsATechControlNotATariffCase() {
        let found = ruleClaims("FCC to investigate Chinese firms",
                               "The Federal Communications Commission is probing a group of Chinese tech and telecom providers.")
        #expect(found.contains { $0.topic == .techControls && $0.actor == .us && $0.direction == .tightening }, "\(found)")
        #expect(!found.contains { $0.topic == .tariffs }, "\(found)")
        // The trade office's probe is a trade case.
        #expect(ruleClaims("USTR opens probe into Chinese shipbuilding").contains { $0.topic == .tariffs })
    }

    @Test func registrationsNamedAloneAreChinasCustomsRegistrationsOfUSExporters() {
        expectEachReads([("Threat to US Meat Exports: China Allows Registrations to Expire", .nonTariffCountermeasures, .china, .tightening),
                         ("China renews registrations for US pork plants", .nonTariffCountermeasures, .china, .easing)])
        // The US's own registrations are no Chinese countermeasure.
        #expect(ruleClaims("FCC revokes registrations of Chinese labs").allSatisfy { $0.actor != .china })
    }

    @Test func aFlowAtRiskBeforeAsIsNotTheSubjectOfTheLapseAfterIt() {
        // The exports are the subject of "at risk"; China, after "as", lets the registrations lapse.
        expectEachReads([("US meat exports at risk as China lets registrations lapse", .nonTariffCountermeasures, .china, .tightening),
                         ("Meat exports fall as China lets US registrations lapse", .nonTariffCountermeasures, .china, .tightening)])
        // Exports that slow by themselves are still trade data.
        #expect(ruleClaims("US soybean exports to China slow").isEmpty)
    }

    @Test func theShipsActionsServiceFeesAreThePortFees() {
        expectEachReads([("USTR terminates service fees on Chinese vessel operators", .tariffs, .us, .easing),
                         ("USTR imposes service fees on Chinese vessel operators", .tariffs, .us, .tightening)])
        // A bank's fees are no trade measure.
        #expect(ruleClaims("Bank raises service fees for customers").isEmpty)
    }

    @Test func usCropsChinasCustomsApproveOrBlockAreItsCountermeasures() {
        expectEachReads([("China approves imports of US barley", .nonTariffCountermeasures, .china, .easing),
                         ("China suspends US corn imports", .nonTariffCountermeasures, .china, .tightening)])
        // Another pair's crop is not the US's.
        #expect(ruleClaims("Australia barley tariffs lifted by China").isEmpty)
    }

    @Test func customsChecksSteppedUpOnTheOtherSidesGoodsAreACountermeasure() {
        expectEachReads([("Chinese customs step up checks on US chips", .nonTariffCountermeasures, .china, .tightening),
                         ("China steps up inspections of US farm goods", .nonTariffCountermeasures, .china, .tightening)])
    }

    @Test func exportRulesAreExportControls() {
        expectEachReads([("China warns new US export rules on Huawei threaten supply chains", .techControls, .us, .tightening),
                         ("US revokes licenses for exports to China", .techControls, .us, .tightening)])
    }
}
