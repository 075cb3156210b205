import Testing
@testable import Detect
import Model

/// Verbs, change nouns and cues added for wire wording (DomainLexicon, ItemScan+ChangeNouns).
@Suite struct VerbLexiconTests {
    @Test func shortVerbsDoubleTheirLastConsonant() {
        let moves: [(String, Topic, Actor, Direction)] = [
            ("China slapped tariffs on US coal", .tariffs, .china, .tightening),
            ("China responded by slapping tariffs on US coal", .tariffs, .china, .tightening),
            ("China shunned US soybeans", .nonTariffCountermeasures, .china, .tightening),
            ("China snubbed Boeing jets", .nonTariffCountermeasures, .china, .tightening),
            ("China trimmed tariffs on US goods", .tariffs, .china, .easing),
            ("US stepped up chip export controls on China", .techControls, .us, .tightening),
            ("US stopped selling chips to Huawei", .techControls, .us, .tightening),
            // Read as the hike alone, a deferral was a tightening: the wrong way round.
            ("US deferred tariff hike on Chinese goods", .tariffs, .us, .easing),
        ]
        expectEachReads(moves)
        #expect(ruleClaims("US deferred tariff hike on Chinese goods").allSatisfy { $0.direction != .tightening })
        // "planned" stays an adjective.
        #expect(ruleClaims("China suspends planned additional tariffs on some US products").allSatisfy { $0.direction == .easing })
    }

    @Test func sharpeningOrPilingOnAMeasureTightensAndRetractingItEases() {
        expectEachReads([("Beijing sharpens export controls on rare earths to the US", .rareEarthExports, .china, .tightening),
                         ("Trump piles on tariffs on Chinese goods", .tariffs, .us, .tightening),
                         ("China retracts tariffs on US goods", .tariffs, .china, .easing)])
        // Tensions that sharpen are the climate, no measure.
        #expect(ruleClaims("US-China tensions sharpen").isEmpty)
    }

    @Test func doingAwayWithAFlowOrADealCutsItOff() {
        for title in ["China scraps purchases of US soybeans", "China removes imports of US beef",
                      "US scraps the tariff truce with China"] {
            let c = ruleClaims(title)
            #expect(c.contains { $0.direction == .tightening }, "\(title)")
            #expect(c.allSatisfy { $0.direction != .easing }, "\(title)")
        }
        // A measure done away with still eases; licences scrapped stay unread (revoked, or no longer required?).
        #expect(ruleClaims("US scraps tariffs on Chinese goods").contains { $0.direction == .easing })
        #expect(ruleClaims("US scraps export licences for Huawei").isEmpty)
    }

    @Test func wireVerbsForLettingLooseStrengtheningAndWhittlingRead() {
        expectEachReads([("US unleashes tariffs on Chinese goods", .tariffs, .us, .tightening),
                         ("China bolsters export controls on rare earths to the US", .rareEarthExports, .china, .tightening),
                         ("US whittles down tariffs on Chinese goods", .tariffs, .us, .easing),
                         ("China lightens export controls on rare earths to the US", .rareEarthExports, .china, .easing),
                         ("US ditches chip export curbs on China", .techControls, .us, .easing)])
        // Bolstering a deal keeps it, as extending it does.
        #expect(ruleClaims("Trump pauses export controls to bolster China trade deal").allSatisfy { $0.direction == .easing })
    }

    @Test func dutiesSetOnTheOtherSidesGoodsAreImposed() {
        expectEachReads([("Trade War Heats Up Again As China Sets Tariffs On $75 Billion In U.S. Goods, Autos", .tariffs, .china, .tightening),
                         ("US sets new tariffs on Chinese EVs", .tariffs, .us, .tightening)])
        // A rate set at a level says neither way; talks or a deadline set are no measure.
        #expect(ruleClaims("US sets tariff rate on Chinese goods at 30%").isEmpty)
        #expect(ruleClaims("China sets deadline on tariffs").isEmpty)
    }

    @Test func puttingOffIsADelayNotAMeasurePutOnGoods() {
        expectEachReads([("US puts off tariffs on Chinese goods", .tariffs, .us, .easing),
                         ("Trump puts off tariff hike on China", .tariffs, .us, .easing)])
        #expect(ruleClaims("US puts off tariffs on Chinese goods").allSatisfy { $0.direction != .tightening })
        // A measure put on goods still tightens.
        #expect(ruleClaims("US puts tariffs on Chinese goods").contains { $0.direction == .tightening })
    }

    /// Every change verb on every kind of object, both sides: none may read the wrong way round (the grid
    /// found "deferred" and "scraps purchases" so).
    @Test func changeVerbsOnMeasuresAndReliefsNeverReverse() {
        let objects: [(String, Int, Actor)] = [
            ("tariffs on Chinese goods", 1, .us), ("antidumping duties on Chinese steel", 1, .us),
            ("tariff exclusions for Chinese goods", -1, .us), ("entity list restrictions on Chinese firms", 1, .us),
            ("chip export curbs on China", 1, .us), ("port fees on Chinese ships", 1, .us),
            ("the tariff truce with China", -1, .us), ("tariff exemptions for Chinese electronics", -1, .us),
            ("rare earth export controls on the US", 1, .china), ("purchases of US soybeans", -1, .china),
            ("tariffs on US goods", 1, .china), ("the ban on US poultry imports", 1, .china),
            ("tariff waivers for US goods", -1, .china), ("imports of US beef", -1, .china),
        ]
        let verbs: [(String, Int)] = [
            ("expands", 1), ("extends", 1), ("renews", 1), ("resumes", 1), ("restores", 1), ("reinstates", 1),
            ("doubles", 1), ("ramps up", 1), ("cuts", -1), ("suspends", -1), ("halts", -1), ("ends", -1), ("revokes", -1),
            ("withdraws", -1), ("scraps", -1), ("removes", -1), ("pauses", -1), ("eliminates", -1), ("terminates", -1),
            ("cancels", -1), ("narrows", -1), ("slashes", -1), ("trims", -1), ("ditches", -1), ("defers", 0),
        ]
        for (object, polarity, actor) in objects {
            for (verb, sign) in verbs where sign != 0 {
                if polarity < 0, ["doubles", "slashes", "trims", "cuts"].contains(verb), object.contains("truce") { continue }
                let title = "\(actor == .us ? "US" : "China") \(verb) \(object)"
                let expected: Direction = sign * polarity > 0 ? .tightening : .easing
                #expect(ruleClaims(title).allSatisfy { $0.direction == expected }, "\(title)")
            }
        }
    }

    /// The same grid told four ways: "US to suspend ...", "US suspended ...", "... suspended" (a headline
    /// passive) and "US announces suspension of ...". It found "resumption of tariffs" read as an easing,
    /// "announces suspension of tariff exclusions" as an easing and "US scrapped the tariff truce" as one.
    @Test func changesToldAsNounsAndPassivesNeverReverse() {
        let objects: [(String, Int, Actor)] = [
            ("tariffs on Chinese goods", 1, .us), ("tariff exclusions for Chinese goods", -1, .us),
            ("chip export curbs on China", 1, .us), ("port fees on Chinese ships", 1, .us), ("the tariff truce with China", -1, .us),
            ("rare earth export controls on the US", 1, .china), ("purchases of US soybeans", -1, .china),
            ("tariffs on US goods", 1, .china), ("tariff waivers for US goods", -1, .china), ("the ban on US poultry imports", 1, .china),
        ]
        let verbs: [(String, String, String, Int)] = [
            ("expand", "expanded", "expansion of", 1), ("extend", "extended", "extension of", 1),
            ("resume", "resumed", "resumption of", 1), ("restore", "restored", "restoration of", 1),
            ("reinstate", "reinstated", "reinstatement of", 1), ("suspend", "suspended", "suspension of", -1),
            ("halt", "halted", "halt to", -1), ("end", "ended", "end to", -1), ("revoke", "revoked", "revocation of", -1),
            ("withdraw", "withdrawn", "withdrawal of", -1), ("scrap", "scrapped", "scrapping of", -1),
            ("remove", "removed", "removal of", -1), ("pause", "paused", "pause on", -1),
            ("terminate", "terminated", "termination of", -1),
        ]
        for (object, polarity, actor) in objects {
            let side = actor == .us ? "US" : "China"
            let bare = object.hasPrefix("the ") ? String(object.dropFirst(4)) : object
            for (verb, participle, noun, sign) in verbs {
                let expected: Direction = sign * polarity > 0 ? .tightening : .easing
                for title in ["\(side) to \(verb) \(object)", "\(side) \(participle) \(object)",
                              "\(bare.prefix(1).uppercased())\(bare.dropFirst()) \(participle)", "\(side) announces \(noun) \(bare)"] {
                    #expect(ruleClaims(title).allSatisfy { $0.direction == expected }, "\(title)")
                }
            }
        }
    }

    @Test func irregularPastsAreKnown() {
        let moves: [(String, Topic, Actor, Direction)] = [
            ("China froze purchases of US soybeans", .nonTariffCountermeasures, .china, .tightening),
            ("US withdrew tariff exemptions for Chinese goods", .tariffs, .us, .tightening),
            ("Court threw out Trump's tariffs on Chinese goods", .tariffs, .us, .easing),
            ("US sought new curbs on chip exports to China", .techControls, .us, .tightening),
        ]
        expectEachReads(moves)
    }

    @Test func aScheduledMeasureThatIsDelayedIsDescribedNotImposed() {
        let c = ruleClaims("US delays tariffs on cellphones from China",
                           "The United States announced Tuesday that a 10% tariff set to be imposed on $300 billion of Chinese "
                           + "imports starting next month would be delayed until later this year for certain products.")
        #expect(c.contains { $0.topic == .tariffs && $0.direction == .easing })
        #expect(c.allSatisfy { $0.direction != .tightening })
        // Not delayed: the scheduled measure is the news.
        #expect(ruleClaims("Tariffs set to be imposed on Chinese goods on August 1").contains { $0.direction == .tightening })
    }

    @Test func anIngFormBetweenACircumstanceAndAMeasureDescribesIt() {
        #expect(ruleClaims("Top trade envoys for US and China speak", "The top US and Chinese trade envoys held their first "
                           + "video call on Wednesday since US President Donald Trump's second term began in January, as tensions "
                           + "continue to rise over escalating tariffs.").isEmpty)
    }

    @Test func hittingBackWithTariffsIsATightening() throws {
        let c = try #require(claims("Beijing hits back with 84% tariffs on US goods").first)
        #expect(c.topic == .tariffs)
        #expect(c.actor == .china)
        #expect(c.direction == .tightening)
    }

    @Test func chargingFeesPutsThemInForce() throws {
        let c = try #require(claims("US to charge port fees on Chinese-built ships from October 14").first)
        #expect(c.actor == .us)
        #expect(c.direction == .tightening)
    }

    @Test func collectingAnAmountIsRevenueNotAMeasure() {
        #expect(claims("Tariff receipts at record", "Customs collected $30 billion in duties last month, including tariffs on Chinese goods.").isEmpty)
    }

    @Test func implementingExportControlIsATightening() throws {
        let c = try #require(claims("MOFCOM Announcement on Implementing Export Control on Rare Earth Related Technologies").first)
        #expect(c.topic == .rareEarthExports)
        #expect(c.direction == .tightening)
    }

    @Test func regainingTheAbilityToSellIsAnEasing() throws {
        let c = try #require(claims("Cadence regains ability to sell to Chinese customers").first)
        #expect(c.topic == .edaSoftware)
        #expect(c.direction == .easing)
    }

    @Test func aFindingOfViolationIsATightening() throws {
        let c = try #require(claims("China finds Nvidia violated antimonopoly law in preliminary probe").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.direction == .tightening)
    }

    @Test func declaringChipsOffLimitsIsATightening() throws {
        let c = try #require(claims("US declares Chinese AI chips from Cambricon off-limits worldwide").first)
        #expect(c.topic == .techControls)
        #expect(c.direction == .tightening)
    }

    @Test func aChangeNounAfterAMeasureNamesTheMove() throws {
        let c = try #require(claims("MOFCOM: rare earth export control suspension takes effect").first)
        #expect(c.topic == .rareEarthExports)
        #expect(c.actor == .china)
        #expect(c.direction == .easing)
        #expect(c.modality == .action)
    }

    @Test func launchingAnExportControlDialogueIsAnEasing() throws {
        let c = try #require(claims("China and US launch export control dialogue in Geneva").first)
        #expect(c.topic == .exportControlDialogue)
        #expect(c.direction == .easing)
    }

    @Test func lowerBeforeANounIsAnAdjective() {
        #expect(claims("Chip design software makers report weaker quarter",
                       "Synopsys reported lower sales in China in its latest results.").isEmpty)
    }

    @Test func tariffRefundsIsANounAndAHowToIsAnExplainer() {
        #expect(claims("Tariff refunds: how importers can claim after Supreme Court ruling").isEmpty)
    }

    @Test func theAgendaOfTalksIsNotAMove() {
        #expect(claims("Negotiators meet in Madrid", "The talks will focus on extending the tariff truce with China.").isEmpty)
    }

    @Test func aMarketHeadlineCarriesTheMoveInItsAfterClause() throws {
        let c = try #require(claims("Hanwha Ocean shares rebound after China lifts sanctions on US units").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.direction == .easing)
    }

    @Test func restartingExportsIsAnEasing() throws {
        let c = try #require(claims("China Restarts Rare Earth Exports to US Under New Licensing").first)
        #expect(c.topic == .rareEarthExports)
        #expect(c.direction == .easing)
    }

    @Test func restoringExportControlConsultationsIsAnEasingOfTheDialogue() throws {
        let c = try #require(claims("US and China agree to restore export control consultations").first)
        #expect(c.topic == .exportControlDialogue)
        #expect(c.direction == .easing)
    }

    @Test(arguments: [
        ("China axes tariffs on US farm goods", Topic.tariffs, Direction.easing),
        ("US nixes chip software export curbs on China", .edaSoftware, .easing),
        ("Beijing kills probe into Google", .nonTariffCountermeasures, .easing),
        ("US unwinds entity list restrictions on Chinese universities", .techControls, .easing),
        ("China caps rare earth exports to US", .rareEarthExports, .tightening),
        ("US clamps down on AI chip exports to China", .techControls, .tightening),
        ("US delists Chinese research institutes from entity list", .techControls, .easing),
        ("US spares Chinese electronics from new tariffs", .tariffs, .easing),
        ("US carves out Chinese drugs from tariff hike", .tariffs, .easing),
        ("China pulls rare earth export licences for US firms", .rareEarthExports, .tightening),
        ("China whitelists US firms for rare earth exports", .rareEarthExports, .easing),
        ("US tightens the screws on Chinese chipmakers", .techControls, .tightening),
    ])
    func wireVerbsMoveTheirTopic(title: String, topic: Topic, direction: Direction) throws {
        let c = try #require(claims(title).first)
        #expect(c.topic == topic)
        #expect(c.direction == direction)
    }

    @Test func takingOrStrikingFirmsOffAListIsARemoval() throws {
        let us = try #require(claims("US takes Chinese firms off trade blacklist").first)
        #expect(us.topic == .techControls)
        #expect(us.direction == .easing)
        let china = try #require(claims("China strikes US firms off unreliable entity list").first)
        #expect(china.topic == .nonTariffCountermeasures)
        #expect(china.direction == .easing)
    }

    @Test func hittingWithAProbeIsATighteningButTariffsHittingExportsIsNot() throws {
        let c = try #require(claims("China hits US chipmakers with anti-dumping probe").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.direction == .tightening)
        #expect(claims("Tariffs hit Chinese exports to US").isEmpty)
        #expect(claims("US chip curbs hit Chinese chipmakers' profits").isEmpty)
    }

    @Test func prescriptionsAndLawsuitsAskForAMoveWithoutMakingIt() {
        #expect(claims("US should lift chip curbs on China, think tank says").isEmpty)
        #expect(claims("Chinese state media: US must stop abusing export controls").isEmpty)
        #expect(claims("Importers sue to block Trump's China tariffs").isEmpty)
    }

    @Test func receivingALicenceIsAnEasingButReceivingAnythingElseIsNot() throws {
        let c = try #require(claims("Nvidia secures US licence to sell H20 to China").first)
        #expect(c.topic == .techControls)
        #expect(c.direction == .easing)
        let passive = try #require(claims("Nvidia: US licences for H20 China sales received").first)
        #expect(passive.direction == .easing)
        #expect(claims("Huawei gets new chips from SMIC").isEmpty)
        #expect(claims("China wins WTO case against US tariffs").isEmpty)
    }

    @Test func takingCountermeasuresIsATightening() throws {
        let c = try #require(claims("China to take countermeasures against US port fees, transport ministry says").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.actor == .china)
        #expect(c.direction == .tightening)
        #expect(c.modality == .announced)
    }

    @Test func designToolsNameTheEDATopic() throws {
        let c = try #require(claims("US lifts curbs on design tools sales to China").first)
        #expect(c.topic == .edaSoftware)
        #expect(c.direction == .easing)
    }

    @Test func agreeTakesADealAsItsObjectWithoutOn() throws {
        let c = try #require(claims("US and China agree trade framework").first)
        #expect(c.topic == .talks)
        #expect(c.direction == .easing)
        #expect(claims("EU and Japan agree trade deal").isEmpty)
        #expect(claims("Analysts agree China export curbs will bite").isEmpty)
    }

    @Test func inkingOrFormalizingADealSettlesIt() throws {
        let c = try #require(claims("Trump inks trade deal with China").first)
        #expect(c.topic == .talks)
        #expect(c.direction == .easing)
        let d = try #require(claims("Executive order formalizing the trade truce with China").first)
        #expect(d.direction == .easing)
    }

    @Test func closingAProbeEasesClosingALoopholeTightens() throws {
        let c = try #require(claims("China closes antitrust investigation into Google as talks with US advance").first)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.direction == .easing)
        let d = try #require(claims("US closes loophole on chip exports to China").first)
        #expect(d.topic == .techControls)
        #expect(d.direction == .tightening)
        #expect(claims("US and China close to trade deal").allSatisfy { $0.direction != .tightening })
    }

    @Test func layingADutyImposesItButLayingGroundworkIsNoMove() throws {
        let c = try #require(claims("Commerce Lays Dumping Duties On Chinese Chlorine Cos.").first)
        #expect(c.topic == .tariffs && c.actor == .us && c.direction == .tightening)
        let d = try #require(claims("China Lays Dumping Charges on Rubber Imports from S. Korea, US, Europe").first)
        #expect(d.actor == .china && d.direction == .tightening)
        #expect(claims("Talks lay groundwork for tariff deal with China").isEmpty)
        #expect(claims("US lays out plan for tariffs on China").allSatisfy { $0.modality != .action })
    }

    @Test func thePlainCloseIsAVerbOnlyBeforeARelief() throws {
        let c = try #require(claims("US to close de minimis loophole for Chinese goods").first)
        #expect(c.topic == .tariffs)
        #expect(c.direction == .tightening)
        let d = try #require(claims("US Moves To Close \"Loophole\" On Chip Exports To China").first)
        #expect(d.topic == .techControls)
        #expect(d.direction == .tightening)
        #expect(claims("US, China close to deal on tariffs").isEmpty)
        #expect(claims("US and China to keep close ties on export controls").isEmpty)
    }

    @Test func renewingTradeEasesRenewingAMeasureTightens() throws {
        let c = try #require(claims("China renews soybean imports from US suppliers").first)
        #expect(c.direction == .easing)
        let d = try #require(claims("US extends tariffs on Chinese goods").first)
        #expect(d.direction == .tightening)
    }

    @Test func shunningOrBoycottingUSGoodsIsACountermeasure() throws {
        let c = try #require(claims("China shuns US soybeans as the trade war drags on").first)
        #expect(c.actor == .china)
        #expect(c.direction == .tightening)
        #expect(claims("Nvidia's chief criticises Washington for its chip boycotts against China").isEmpty)
    }

    @Test func aFineOnAUSFirmIsACountermeasure() throws {
        let c = try #require(claims("Chinese regulator fines Nvidia").first)
        #expect(c.actor == .china)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.direction == .tightening)
    }

    @Test func aWarningOfAMeasureThreatensIt() throws {
        let c = try #require(claims("Beijing warns of countermeasures over US chip curbs").first)
        #expect(c.actor == .china)
        #expect(c.modality == .signal)
        #expect(c.direction == .tightening)
    }

    @Test func barringUSFirmsIsACountermeasure() throws {
        let c = try #require(claims("China bars US defense firms from its market").first)
        #expect(c.actor == .china)
        #expect(c.topic == .nonTariffCountermeasures)
    }

    @Test func authorizingSalesAndFreeingFirmsFromLicencesEase() {
        #expect(claims("Trump authorizes Nvidia H200 exports to China").contains { $0.topic == .techControls && $0.direction == .easing })
        #expect(claims("US frees Samsung from licence requirements for its China chip fabs").contains { $0.direction == .easing })
    }

    @Test func authorizingTariffsImposesThem() {
        #expect(!claims("Trump authorizes tariffs on $50 billion of Chinese goods").contains { $0.direction == .easing })
    }

    @Test func continuingToAddToAListIsANewListing() throws {
        let c = try #require(ruleClaims("BIS Continues to Add Aviation Businesses to the Entity List, Including AVIC Entities").first)
        #expect(c.topic == .techControls)
        #expect(c.direction == .tightening)
    }

    @Test func continuingToRestrictIsStillTheStandingState() {
        #expect(ruleClaims("US continues to restrict chip exports to China").isEmpty)
    }

    @Test func introducingExportPermitsIsANewRequirement() throws {
        let c = try #require(ruleClaims("China introduces graphite export permits to secure national security").first)
        #expect(c.topic == .rareEarthExports)
        #expect(c.direction == .tightening)
    }

    @Test func introducingAGeneralLicenceOpensTheFlow() {
        let found = ruleClaims("Rare-earth export licences: China introduces general licence system")
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.direction == .easing })
    }

    @Test func permitAfterANounIsANoun() {
        #expect(!ruleClaims("China introduces export permits for graphite").contains { $0.direction == .easing })
        #expect(ruleClaims("US permits Nvidia to sell H20 chips to China").contains { $0.direction == .easing })
    }

    @Test func addingATariffImposesIt() throws {
        let c = try #require(ruleClaims("Trump adds 10% tariff on Chinese goods").first)
        #expect(c.topic == .tariffs)
        #expect(c.direction == .tightening)
        #expect(ruleClaims("US adds new export restrictions on chips to China").contains { $0.topic == .techControls && $0.direction == .tightening })
    }

    @Test func addingAReliefImposesNothing() {
        #expect(!ruleClaims("US adds tariff exemptions for Chinese electronics").contains { $0.direction == .tightening })
    }

    @Test func narrowingCutsWhatItNarrows() {
        #expect(ruleClaims("Commerce narrows export curbs on chip tools to China").contains { $0.topic == .techControls && $0.direction == .easing })
        #expect(ruleClaims("US narrows tariff exclusions for Chinese goods").contains { $0.topic == .tariffs && $0.direction == .tightening })
        #expect(ruleClaims("A narrow exemption for Chinese chips draws criticism").isEmpty)
    }

    @Test func abandoningAQuotaEndsIt() {
        // "abandons" ends the quota system, as "scraps" does; it does not cut the quota.
        expectEachReads([("China abandons its rare earth export quota system", .rareEarthExports, .china, .easing)])
        #expect(ruleClaims("China abandons its rare earth export quota system").allSatisfy { $0.direction != .tightening })
    }

    @Test func okayingIsApproving() {
        #expect(ruleClaims("US okays Nvidia H20 sales to China").contains { $0.topic == .techControls && $0.direction == .easing })
        #expect(ruleClaims("Trump okays tariff hike on Chinese goods").contains { $0.topic == .tariffs && $0.direction == .tightening })
        // The headline spellings: "OKs", "green-lights", "green-lit"; and a rule "watered down" is eased.
        expectEachReads([("China OKs gallium exports to US chipmakers", .rareEarthExports, .china, .easing),
                         ("US green-lights AMD chip sales to China", .techControls, .us, .easing),
                         ("Chip tool sales to China green-lit by Commerce", .techControls, .us, .easing),
                         ("Commerce waters down China chip export rule", .techControls, .us, .easing)])
    }

    @Test func aTariffLevelThatJumpsOrFallsMoves() {
        #expect(ruleClaims("Tariffs on Chinese goods jump to 145%").contains { $0.topic == .tariffs && $0.direction == .tightening })
        #expect(ruleClaims("Tariffs on Chinese goods fall to 30%").contains { $0.topic == .tariffs && $0.direction == .easing })
        #expect(ruleClaims("US tariff revenue surges as imports from China slump").isEmpty)
        #expect(ruleClaims("Chinese goods that fall under Section 301 tariffs face new rules").allSatisfy { $0.direction != .easing })
    }

    @Test func aTargetFacingATariffRiseFacesAMoveButRatesInForceAreNone() {
        expectEachReads([("Trump announces 90-day tariff pause, China faces 125% tariff increase", .tariffs, .us, .tightening)])
        // The rate in force, faced, is no move.
        #expect(ruleClaims("Chinese goods face 125% tariffs").isEmpty)
    }

    @Test func britishDoubledLFormsAreTheVerbs() {
        expectEachReads([("Biden has cancelled eight Huawei licences in 2024, document shows", .techControls, .us, .tightening),
                         ("US cancelling export licences for Huawei suppliers", .techControls, .us, .tightening)])
    }

    @Test func aHyphenatedPrefixVerbIsInflectedAfterThePrefix() {
        expectEachReads([("US re-imposes tariffs on Chinese solar panels", .tariffs, .us, .tightening)])
    }

    @Test func spellingVariantsOfMeasuresAndRaisesReadAsTheUsualOnes() {
        expectEachReads([("China ups tariffs on US goods to 125 per cent", .tariffs, .china, .tightening),
                         ("China slaps anti-subsidy tariffs on US DDGS", .nonTariffCountermeasures, .china, .tightening),
                         ("China announces counter measures against US chip curbs", .nonTariffCountermeasures, .china, .tightening)])
        // "up" as a preposition is no raise.
        #expect(ruleClaims("Tariffs on Chinese goods add up to billions").isEmpty)
    }

    @Test func ceasingAMeasureEasesAndCeasingAFlowTightens() {
        let found = ruleClaims("China decides to cease the implementation of export control measures against US entities")
        #expect(found.contains { $0.actor == .china && $0.direction == .easing })
        #expect(!found.contains { $0.direction == .tightening })
        expectEachReads([("China ceases imports of US soybeans", .nonTariffCountermeasures, .china, .tightening)])
    }

    @Test func verbsOfHoldingBackForbiddingAndVoidingMove() {
        expectEachReads([("China embargoes rare earth exports to US", .rareEarthExports, .china, .tightening),
                         ("China forbids exports of rare earth technology", .rareEarthExports, .china, .tightening),
                         ("US forbids Nvidia from selling H20 chips to China", .techControls, .us, .tightening),
                         ("Court annuls Trump's China tariffs", .tariffs, .us, .easing),
                         ("US withholds export licences for Huawei suppliers", .techControls, .us, .tightening),
                         ("China reins in rare earth exports", .rareEarthExports, .china, .tightening),
                         ("Beijing rations rare earth export licences", .rareEarthExports, .china, .tightening)])
    }

    @Test func pluralAndSynonymMeasureNounsReadAsTheUsualOnes() {
        expectEachReads([("US imposes surcharges on Chinese imports", .tariffs, .us, .tightening),
                         ("US lifts surcharges on Chinese goods", .tariffs, .us, .easing),
                         ("China launches clampdown on US chip firms", .nonTariffCountermeasures, .china, .tightening),
                         ("China vows reprisals over US chip curbs", .techControls, .us, .tightening)])
    }

    @Test func magnetElementsAndAvionicsAreTheirTopicsGoods() {
        expectEachReads([("China restricts exports of neodymium to US", .rareEarthExports, .china, .tightening),
                         ("US restricts exports of avionics to China", .jetEngines, .us, .tightening)])
    }

    @Test func americanGoodsGainingAccessToChinaIsChinaOpeningItsMarket() {
        expectEachReads([("U.S. blueberries, avocados gain access to China", .nonTariffCountermeasures, .china, .easing),
                         ("US beef wins access to Chinese market", .nonTariffCountermeasures, .china, .easing)])
        // A chip maker's access is its own government's licence, not China's market opening.
        #expect(!ruleClaims("Nvidia regains access to China's AI market").contains { $0.topic == .nonTariffCountermeasures })
    }

    @Test func aDealSignedInAHeadlineIsReached() {
        #expect(ruleClaims("US-China trade deal signed").contains { $0.topic == .talks && $0.direction == .easing })
    }

    @Test func aTradeRemedyDutyFacedIsNewsOfItsCase() {
        expectEachReads([("Chinese tyres face US anti-dumping duties of up to 87%", .tariffs, .us, .tightening)])
        // The rate in force stays no move.
        #expect(ruleClaims("Chinese tyres face 25% US tariffs").isEmpty)
    }

    @Test func exportCurbsFacedOnSalesToChinaAreTheUSs() {
        let found = ruleClaims("US chip firms face new export curbs on China sales")
        #expect(found.contains { $0.topic == .techControls && $0.actor == .us && $0.direction == .tightening })
        #expect(!found.contains { $0.actor == .china })
    }

    @Test func exportsToChinaThatFaceLicensingAreTheUSsControls() {
        let found = ruleClaims("US ethane exports to China face new licensing hurdles")
        #expect(found.contains { $0.topic == .chemicals && $0.actor == .us && $0.direction == .tightening })
        #expect(!found.contains { $0.actor == .china })
    }

    @Test func pullingThePlugEndsIt() {
        #expect(ruleClaims("US pulls the plug on chip export curbs for China").contains { $0.topic == .techControls && $0.direction == .easing })
        #expect(ruleClaims("US quadruples tariffs on Chinese EVs").contains { $0.topic == .tariffs && $0.direction == .tightening })
    }

    @Test func stoppingAnEasingTightens() {
        let found = ruleClaims("Trump hits pause on tariff cuts for China")
        #expect(found.contains { $0.topic == .tariffs && $0.direction == .tightening })
        #expect(!found.contains { $0.direction == .easing })
        #expect(ruleClaims("US ends the suspension of export controls on Chinese chipmakers").allSatisfy { $0.direction != .easing })
    }

    @Test func whatIsNoLongerDoneTurnsTheOtherWay() {
        #expect(ruleClaims("China will no longer impose additional tariffs on US soybeans").contains { $0.topic == .tariffs && $0.direction == .easing })
        #expect(ruleClaims("Chinese firms can no longer buy Nvidia H20 chips, US says").allSatisfy { $0.direction != .easing })
        #expect(ruleClaims("China will not impose additional tariffs on US soybeans").isEmpty)
    }

    @Test func anExtensionRefusedLetsTheRespiteLapse() {
        let found = ruleClaims("USTR declines to extend tariff exclusions for Chinese goods")
        #expect(found.contains { $0.topic == .tariffs && $0.direction == .tightening })
        #expect(!found.contains { $0.direction == .easing })
        #expect(ruleClaims("Greer says no plans to extend China tariff truce").isEmpty)
    }

    @Test func reissuedLicencesAreGrantedAgain() {
        #expect(ruleClaims("US reissues licences for GE engine parts to COMAC").contains { $0.topic == .jetEngines && $0.direction == .easing })
    }

    @Test func aNodReceivedIsAnApproval() {
        #expect(ruleClaims("Enterprise Products gets nod to ship ethane to China").contains { $0.topic == .chemicals && $0.direction == .easing })
        #expect(ruleClaims("Trump's tariff plan a nod to China hawks").isEmpty)
    }

    @Test func aReliefAddedIsGrantedNotImposed() {
        expectEachReads([("Trump Adds Tariff Exemptions for Smartphones, Computers and Other Electronics from China", .tariffs, .us, .easing),
                         ("US adds exemptions to China tariffs", .tariffs, .us, .easing),
                         ("Trump adds 10% tariff on Chinese goods", .tariffs, .us, .tightening)])
        #expect(ruleClaims("US adds exemptions to China tariffs").allSatisfy { $0.direction != .tightening })
    }

    @Test func aListOfTheOtherSidesFirmsMadePublicIsAListing() {
        expectEachReads([("Trump Administration Publishes List of Chinese and Russian Companies with Military Ties", .techControls, .us, .tightening),
                         ("Pentagon releases list of Chinese companies it says are linked to military", .techControls, .us, .tightening)])
        // A list of goods is read by the term it names.
        #expect(ruleClaims("USTR publishes list of Chinese products subject to new tariffs").allSatisfy { $0.topic == .tariffs })
    }

    @Test func approvalGivenOrAGreenLightGotIsAPermission() {
        expectEachReads([("US gives Huawei approval for auto chips licences", .techControls, .us, .easing),
                         ("Samsung gets green light to ship US chip tools to China plants", .techControls, .us, .easing)])
        #expect(ruleClaims("Investors give approval to chipmaker's China plan").isEmpty)
        // The noun ending the term of what is approved.
        expectEachReads([("China Gives Long-Awaited Genetically Modified Crop Approvals Amid US Trade Talks", .nonTariffCountermeasures, .china, .easing)])
    }

    @Test func facingANewMeasureIsBeingHitByIt() {
        #expect(ruleClaims("Chinese chipmakers face tougher US export rules from December 2").contains { $0.topic == .techControls && $0.direction == .tightening })
        #expect(ruleClaims("Chinese goods face 145% tariffs at US ports").isEmpty)
    }

    @Test func undoingAnEasingTightens() {
        let found = ruleClaims("Trump reverses tariff cut on Chinese goods")
        #expect(found.contains { $0.topic == .tariffs && $0.direction == .tightening })
        #expect(!found.contains { $0.direction == .easing })
        #expect(ruleClaims("Trump reverses tariff hike on Chinese goods").allSatisfy { $0.direction != .tightening })
    }

    @Test func droppingAPlanLeavesThePlansOwnVerbToSpeak() {
        #expect(ruleClaims("US drops plan to cut China tariffs").allSatisfy { $0.direction != .easing })
        #expect(ruleClaims("US drops plan to raise China tariffs").allSatisfy { $0.direction != .tightening })
        #expect(ruleClaims("US abandons plan to expand chip curbs on China").contains { $0.topic == .techControls && $0.direction == .easing })
    }

    @Test func whatARetaliationIsWithIsItsTopic() {
        let found = ruleClaims("China retaliates against US chip curbs with Micron ban")
        #expect(found.contains { $0.topic == .nonTariffCountermeasures && $0.actor == .china && $0.direction == .tightening })
        #expect(!found.contains { $0.topic == .rareEarthExports })
        #expect(ruleClaims("China retaliates against US tariffs with rare earth export controls")
            .contains { $0.topic == .rareEarthExports && $0.direction == .tightening })
    }

    @Test func aMeasureMadeFinalStartsAndADealMadeFinalIsReached() {
        #expect(ruleClaims("Trump administration finalizes tariffs on $16 billion in Chinese goods")
            .contains { $0.topic == .tariffs && $0.actor == .us && $0.direction == .tightening })
        #expect(ruleClaims("US and China finalize trade deal").contains { $0.topic == .talks && $0.direction == .easing })
        #expect(ruleClaims("USTR finalizes exclusions for Chinese goods from tariffs")
            .contains { $0.topic == .tariffs && $0.direction == .easing })
    }

    @Test func phasingOutAMeasureEndsItAndPhasingOutARespiteEndsThat() {
        expectEachReads([("U.S. will phase out tariffs on China as part of Phase 1 deal", .tariffs, .us, .easing),
                         ("US phases out tariff exclusions for Chinese goods", .tariffs, .us, .tightening)])
    }

    @Test func goodsMadeSubjectToANewMeasureFaceIt() {
        expectEachReads([("Chinese goods worth $200 billion will be subject to an additional 10% duty", .tariffs, .us, .tightening)])
        // Goods subject to the rates in force are described, not moved.
        #expect(ruleClaims("Chinese goods will be subject to tariffs of 25% under the existing order").allSatisfy { $0.direction != .tightening })
    }

    @Test func anUnderstandingReachedIsADealAndAFlowRestartedResumes() {
        expectEachReads([("Washington and Beijing reach new trade understanding", .talks, .china, .easing),
                         ("China agrees to restart flow of rare earths", .rareEarthExports, .china, .easing)])
        #expect(ruleClaims("China's rare earth magnet exports to the U.S. soared, a dramatic increase in the flow critical minerals")
            .allSatisfy { $0.direction != .easing })
    }

    @Test func purchasingIsWhatABanOnBuyingStops() {
        expectEachReads([("China Bans Tech Giants from Purchasing Nvidia RTX Pro 6000D Chips", .nonTariffCountermeasures, .china, .tightening),
                         ("China resumes purchasing US soybeans", .nonTariffCountermeasures, .china, .easing)])
    }

    @Test func aHeadlinePassiveChangedToAFigureMovesItsSubject() {
        expectEachReads([("Tariffs on Chinese goods cut to 10%", .tariffs, .us, .easing),
                         ("US tariffs on China slashed to 30% under Geneva deal", .tariffs, .us, .easing)])
        expectEachReads([("Tariffs on Chinese goods cut", .tariffs, .us, .easing)])
        // "Curbs hit" is finite (they take effect), never a passive.
        #expect(ruleClaims("China's Magnet Exports to US Slammed in May as Rare Earth Curbs Hit: Data").allSatisfy { $0.direction != .easing })
        // The finite reading stays after "to": what is cut is the object.
        expectEachReads([("US to cut tariffs on Chinese goods to 10%", .tariffs, .us, .easing)])
    }

    @Test func aGovernmentMakingSomethingHarderRestrictsIt() {
        expectEachReads([("US makes it harder for China to buy chip tools", .techControls, .us, .tightening),
                         ("China makes it harder for US firms to buy rare earths", .rareEarthExports, .china, .tightening),
                         ("US makes it easier for Nvidia to sell chips to China", .techControls, .us, .easing)])
        // A measure's effect is told, not a move.
        #expect(ruleClaims("Tariffs make it harder for US farmers to sell soybeans to China").isEmpty)
        #expect(ruleClaims("US makes it harder for China to buy chip tools").allSatisfy { $0.direction != .easing })
    }

    @Test func makingItHarderToExportRestrictsTheExportsAndCountertariffsAreTariffs() {
        expectEachReads([("China has made it more difficult to export rare earth magnets", .rareEarthExports, .china, .tightening),
                         ("China imposes countertariffs on US goods", .tariffs, .china, .tightening)])
    }

    @Test func pressingOrPhasingInAMeasureTightensAndANewOneItsTargetIsHitWithToo() {
        expectEachReads([("US doubles down on chip curbs against China", .techControls, .us, .tightening),
                         ("US to phase in tariffs on Chinese chips", .tariffs, .us, .tightening),
                         ("US turns up heat on China with new tariffs", .tariffs, .us, .tightening),
                         ("US ramps up pressure on Chinese chipmakers with new curbs", .techControls, .us, .tightening)])
        // Both sides meeting with new tariffs ahead is no move.
        #expect(ruleClaims("US and China meet with new tariffs looming").isEmpty)
    }

    @Test func givingSomeoneTheGreenLightOrTheNodApprovesIt() {
        expectEachReads([("US gives Nvidia green light to sell H20 chips in China", .techControls, .us, .easing),
                         ("China gives Boeing the nod to resume deliveries", .nonTariffCountermeasures, .china, .easing)])
        #expect(ruleClaims("Trump gives China time to respond").isEmpty)
    }

    @Test func aNewReliefIsNoNewMeasure() {
        let found = ruleClaims("China Offers New Tariff Exemptions for US Imports — Here’s What’s Included",
                               "Another batch of American goods have been exempted from retaliatory duties.")
        #expect(!found.contains { $0.direction == .tightening }, "\(found)")
        #expect(found.contains { $0.topic == .tariffs && $0.direction == .easing }, "\(found)")
        #expect(found.contains { $0.topic == .tariffs && $0.actor == .china && $0.direction == .easing })
    }

    @Test func aNewMeasureStoppedRightAfterItIsNoNewMeasure() {
        let found = ruleClaims("China trade war begins to thaw as new tariffs halted",
                               "The US and China agreed to hold off on new tariffs while they talk.")
        #expect(!found.contains { $0.direction == .tightening }, "\(found)")
        #expect(found.contains { $0.topic == .tariffs && $0.direction == .easing }, "\(found)")
        #expect(ruleClaims("Trump, Xi agree to 90-day tariff pause citing progress on trade disputes").contains { $0.topic == .tariffs && $0.direction == .easing })
    }

    @Test func releasedFromAMeasureIsLetOutOfIt() {
        expectEachReads([("ZTE released from US export ban for one month", .techControls, .us, .easing),
                         ("Huawei released from entity list", .techControls, .us, .easing)])
        // A rule released is published.
        expectEachReads([("BIS released new rules on chips to China", .techControls, .us, .tightening)])
    }

    @Test func leaveForAMeasureToGoOnIsNoMove() {
        #expect(ruleClaims("US allows Trump-era China tariffs to continue pending review").isEmpty)
        #expect(ruleClaims("China lets tariffs on US goods remain in place").isEmpty)
        expectEachReads([("US allows Nvidia to sell H20 chips to China", .techControls, .us, .easing)])
    }
}
