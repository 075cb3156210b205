import Testing
@testable import Detect
import Model

/// Never the wrong way round: a grid of headlines composed from a subject, a
/// way of telling (done, to do, says it will, moves to), a verb and an
/// object. Each cell knows its own way (lifting a measure eases, undoing a
/// relief tightens); the detector may miss a cell but must never claim the
/// cell's topic the other way. Its 468 cells had 24 wrong-way readings
/// before the rules it pins ("scraps licences for ...", "scraps exemptions
/// for ...": a bare licence undone says no way, a relief undone tightens).
@Suite struct ComposedWordingReversalTests {
    struct Object {
        let text: String
        let topic: Topic
    }

    static let usMeasures = [Object(text: "tariffs on Chinese goods", topic: .tariffs),
                             Object(text: "chip export curbs on China", topic: .techControls),
                             Object(text: "port fees on Chinese ships", topic: .tariffs)]
    static let chinaMeasures = [Object(text: "rare earth export controls", topic: .rareEarthExports),
                                Object(text: "retaliatory tariffs on US goods", topic: .tariffs),
                                Object(text: "curbs on US chip firms", topic: .nonTariffCountermeasures)]
    static let usReliefs = [Object(text: "tariff exemptions for Chinese goods", topic: .tariffs),
                            Object(text: "licences for Nvidia chip exports to China", topic: .techControls)]
    static let chinaReliefs = [Object(text: "export licences for rare earths to US firms", topic: .rareEarthExports)]

    static let easingVerbs = [("lifts", "lift"), ("suspends", "suspend"), ("eases", "ease"), ("removes", "remove"),
                              ("scraps", "scrap"), ("rolls back", "roll back"), ("halts", "halt"), ("ends", "end")]
    static let tighteningVerbs = [("imposes", "impose"), ("expands", "expand"), ("tightens", "tighten"),
                                  ("reimposes", "reimpose"), ("widens", "widen"), ("steps up", "step up")]
    static let revokingVerbs = [("revokes", "revoke"), ("suspends", "suspend"), ("ends", "end"), ("scraps", "scrap"),
                                ("removes", "remove"), ("cancels", "cancel"), ("withdraws", "withdraw")]
    static let grantingVerbs = [("grants", "grant"), ("extends", "extend"), ("restores", "restore"), ("renews", "renew")]

    static func headlines(_ subject: String, _ verbs: [(String, String)], _ objects: [Object]) -> [(String, Topic)] {
        objects.flatMap { object in
            verbs.flatMap { (finite, plain) in
                ["\(subject) \(finite) \(object.text)", "\(subject) to \(plain) \(object.text)",
                 "\(subject) says it will \(plain) \(object.text)", "\(subject) moves to \(plain) \(object.text)"]
                    .map { ($0, object.topic) }
            }
        }
    }

    static var grid: [(title: String, topic: Topic, direction: Direction)] {
        var cells: [(String, Topic, Direction)] = []
        for (subject, measures, reliefs) in [("US", usMeasures, usReliefs), ("China", chinaMeasures, chinaReliefs)] {
            cells += headlines(subject, easingVerbs, measures).map { ($0.0, $0.1, .easing) }
            cells += headlines(subject, tighteningVerbs, measures).map { ($0.0, $0.1, .tightening) }
            cells += headlines(subject, revokingVerbs, reliefs).map { ($0.0, $0.1, .tightening) }
            cells += headlines(subject, grantingVerbs, reliefs).map { ($0.0, $0.1, .easing) }
        }
        return cells
    }

    /// Found by a grid of measures and reliefs told with "take effect", "expire", "end" and "set to end":
    /// a relief set to end read both ways, a new measure that ends read as new.
    @Test func aReliefSetToEndTightensAndANewMeasureThatEndsIsNotNew() {
        expectEachReads([("China's suspension of rare earth curbs set to end", .rareEarthExports, .china, .tightening),
                         ("The US pause on port fees set to end", .tariffs, .us, .tightening),
                         ("China's tariff waivers for US soybeans set to end", .tariffs, .china, .tightening)])
        for title in ["China's suspension of rare earth curbs set to end", "China's tariff waivers for US soybeans set to end",
                      "New US tariffs on Chinese goods end", "New US tariffs on Chinese goods to expire next week"] {
            let direction: Direction = title.hasPrefix("New") ? .tightening : .easing
            #expect(ruleClaims(title).allSatisfy { $0.direction != direction }, "\(title)")
        }
        #expect(ruleClaims("GACC lifts tariffs on US goods").contains { $0.actor == .china && $0.direction == .easing })
    }

    /// The reply a reaction names before "as" is not what the "as" clause brings into force.
    @Test func whatComesIntoForceInAnAsClauseIsThatClausesSubject() {
        for title in ["China vows forceful countermeasures as U.S. tariffs kick in",
                      "Beijing pledges countermeasures as US tariffs on Chinese goods take effect"] {
            #expect(ruleClaims(title).contains { $0.topic == .tariffs && $0.actor == .us && $0.direction == .tightening }, "\(title)")
        }
        // (An "as" clause of any other verb keeps its reading: a firm's announcement is no measure.)
        #expect(ruleClaims("China restrictions take center stage as Nvidia prepares to announce results").isEmpty)
    }

    @Test func aScheduledIncreaseMovedToALaterDateIsADelay() {
        let claims = ruleClaims("Trump agrees to request", "The increase in tariffs on Chinese goods will be moved from Oct. 1 to Oct. 15, President Trump said.")
        #expect(claims.contains { $0.topic == .tariffs && $0.direction == .easing })
        #expect(claims.allSatisfy { $0.direction == .easing })
    }

    @Test func aReliefThatEndsInThePluralTightens() {
        let claims = ruleClaims("China's tariff waivers for US soybeans end")
        #expect(claims.contains { $0.topic == .tariffs && $0.direction == .tightening })
        #expect(claims.allSatisfy { $0.direction == .tightening })
    }

    @Test func aStatementDeniedIsNoPermissionRefused() {
        #expect(ruleClaims("China denies plans to curb rare earth exports").isEmpty)
        #expect(ruleClaims("China denies reports it will curb rare earth exports").isEmpty)
        #expect(ruleClaims("Commerce denies Huawei export licence").contains { $0.direction == .tightening })
    }

    @Test func aReliefLetLapseInTheBaseFormTightens() {
        for title in ["China lets tariff waivers for US soybeans lapse", "China allows tariff waivers for US soybeans to lapse",
                      "US lets tariff waivers for Chinese goods expire"] {
            let claims = ruleClaims(title)
            #expect(claims.contains { $0.direction == .tightening }, "\(title)")
            #expect(claims.allSatisfy { $0.direction == .tightening }, "\(title)")
        }
    }

    @Test func aLimitedDealIsADealNotALimit() {
        let claims = ruleClaims("US suspends tariff hike in limited China deal")
        #expect(claims.contains { $0.topic == .tariffs && $0.direction == .easing })
        #expect(claims.allSatisfy { $0.direction == .easing })
    }

    @Test func aParticipleBeforeTheOtherSidesMeasureInAReactionQualifiesIt() {
        for title in ["China protests expanded US chip curbs", "Beijing responds after expanded US export controls"] {
            let claims = ruleClaims(title)
            #expect(claims.contains { $0.actor == .us && $0.topic == .techControls && $0.direction == .tightening }, "\(title)")
            #expect(claims.allSatisfy { $0.actor == .us }, "\(title)")
        }
    }

    @Test func aTradeBalanceNarrowedIsNoMeasureOrFlowMoved() {
        // Tariff cuts sought to narrow a deficit never read as a cut to trade (a tightening).
        #expect(ruleClaims("US and China agree on tariff cuts to narrow the trade deficit").allSatisfy { $0.direction != .tightening })
        // A consensus reached is the easing; what it is to reduce is the deficit, not the talks.
        #expect(ruleClaims("China, US reach consensus to substantially reduce Washington's trade deficit")
            .allSatisfy { $0.direction == .easing })
        // A cut to a flow still tightens.
        #expect(ruleClaims("China cuts US soybean imports").contains { $0.direction == .tightening })
    }

    @Test func noComposedHeadlineIsReadTheWrongWayRound() {
        var wrong: [String] = []
        var hits = 0
        for cell in Self.grid {
            let found = claims(cell.title).filter { $0.topic == cell.topic }
            if found.contains(where: { $0.direction != cell.direction }) { wrong.append(cell.title) }
            if found.contains(where: { $0.direction == cell.direction }) { hits += 1 }
        }
        #expect(wrong.isEmpty, "read the wrong way round: \(wrong)")
        // The grid is read, not skipped: most cells are hits.
        #expect(hits * 10 >= Self.grid.count * 8, "\(hits) of \(Self.grid.count)")
    }

    @Test func extendingReliefsInThePluralEases() throws {
        // The rules read "Pauses" as a verb and the extension as of tariffs.
        let c = try #require(ruleClaims("China and U.S. Extend Tariff Pauses Following Constructive Talks in Stockholm").first { $0.topic == .tariffs })
        #expect(c.direction == .easing)
        #expect(ruleClaims("US extends tariff truces with China").allSatisfy { $0.direction != .tightening })
    }

    @Test func aRelativeClauseOfTighteningSaysWhatWasIssued() throws {
        // The rules read the issuing as more exports to the DRAM maker, an easing.
        let lede = "The US department of commerce has issued an edict that effectively bans American companies exporting technology to Chinese DRAM maker Fujian Jinhua Integrated Circuit Company."
        #expect(ruleClaims("Micron's Chinese DRAM antagonist hit with US export boycott", lede).allSatisfy { $0.direction != .easing })
        // Licences revoked that allowed sales keep their object: a tightening.
        let c = try #require(claims("The United States Revokes Licenses for Intel and Qualcomm to Sell Chips to Huawei Technologies",
                                    "the United States has revoked licenses that allowed Intel and Qualcomm to buy and sell chips to the Chinese tech giant.").first)
        #expect(c.direction == .tightening)
    }

    @Test func addingGoodsToAnExemptListEases() {
        // The rules read a listing, China's tightening.
        let found = ruleClaims("China adds U.S. agricultural products to tariff-exempt list")
        #expect(found.contains { $0.direction == .easing })
        #expect(found.allSatisfy { $0.direction != .tightening })
    }

    @Test func endingTheDeMinimisExemptionTightens() {
        // The de minimis exemption and duty-free treatment are reliefs from tariffs, however the phrase is spelt.
        for text in ["An executive order the president signed Wednesday will eliminate the de minimis provision for goods from China and Hong Kong on May 2",
                     "US eliminates de minimis for China", "US scraps duty-free treatment for Chinese parcels",
                     "US ends duty-free access for Chinese parcels"] {
            let found = claims(text)
            #expect(!found.contains { $0.topic == .tariffs && $0.direction == .easing }, "\(text): \(found)")
            #expect(found.contains { $0.topic == .tariffs && $0.direction == .tightening }, "\(text): \(found)")
        }
    }

    @Test func aReliefThatEndsTightens() throws {
        let c = try #require(claims("China’s low-value package tariff exemption ends",
                                    "The Trump administration ended US duty-free access for low-value shipments from China and Hong Kong today.").first)
        #expect(c.topic == .tariffs)
        #expect(c.direction == .tightening)
    }

    @Test func delayingTheImpositionOfNewTariffsIsANewTariffWithALaterStart() throws {
        // ../shared/eval/README.md: a new measure decided now with a later start is a tightening, announced.
        let c = try #require(claims("United States Delays Imposition of New Tariffs on Chinese Chips Until 2027").first)
        #expect(c.direction == .tightening)
        #expect(c.modality == .announced)
        // A round already set, put off, eases.
        #expect(claims("China agreed to postpone the implementation of its latest round of rare earth export controls")
            .allSatisfy { $0.direction == .easing })
        #expect(claims("China postpones implementation of new export controls on rare earths").allSatisfy { $0.direction == .easing })
    }

    @Test func aRiseNamedInsideWhatADelayPutsOffIsTheDelays() throws {
        // The hike is what the delay's object includes; the delay says the way.
        let found = claims("US delays tariff hikes on Chinese imports by at least 2 weeks",
                           "The U.S. trade representative (USTR) announced Tuesday a two-week delay on the start of steep tariff increases for a variety of imports from China, including a 25% duty hike on Chinese-made ship-to-shore cranes.")
        #expect(!found.contains { $0.direction == .tightening }, "\(found)")
        #expect(found.contains { $0.topic == .tariffs && $0.direction == .easing }, "\(found)")
        // "end use checks" is a noun, no verb of ending.
        #expect(claims("BIS published a rule linking obstruction of end use checks to the criteria for addition to the Entity List of Chinese firms.")
            .contains { $0.topic == .techControls && $0.direction == .tightening })
    }

    @Test func aDelayedIncreaseEasesWhatTheLedeRecallsOfThePlan() {
        // The lede's plan "to increase the existing levy" is what the headline's delay puts off, not a second move.
        let found = claims("President Trump delays tariff increase on $250 billion worth of Chinese goods",
                           "On the evening of September 11, President Trump announced, via twitter, that the U.S. will delay the scheduled tariff increase on $250 billion worth of Chinese goods. Last month, the office of the United States Trade Representative (USTR) announced plans to increase the existing levy on Section 301 List 1, List 2, and List 3 products from 25 to 30%.")
        #expect(found.contains { $0.topic == .tariffs && $0.direction == .easing }, "\(found)")
        #expect(!found.contains { $0.direction == .tightening }, "\(found)")
    }

    @Test func stallingAHikeDelaysItStalledTalksOrExportsAreNoMove() {
        let found = claims("US stalls tariff hike on Chinese laptops")
        #expect(found.contains { $0.topic == .tariffs && $0.direction == .easing }, "\(found)")
        #expect(!found.contains { $0.direction == .tightening }, "\(found)")
        // A slowed flow, or talks held up, is no move under the labelling policy.
        #expect(ruleClaims("Commerce backlog stalls chip export licences for China").isEmpty)
        #expect(ruleClaims("US-China trade talks stall over tariffs").allSatisfy { $0.direction != .tightening })
    }

    @Test func aLedeThatAnnouncesTheDelayOnAWeekdayRepeatsIt() {
        // "announced Tuesday that ... will be delayed": the clause's own verb tells, not "announced".
        let found = claims("US delays China tariffs on toys",
                           "The administration announced Tuesday that a new 10 percent duty on toys made in China will be delayed until December.")
        #expect(found.contains { $0.topic == .tariffs && $0.direction == .easing }, "\(found)")
        #expect(!found.contains { $0.direction == .tightening }, "\(found)")
    }

    @Test func aDelayedMeasureBesideAnotherMeasureInTheLedeStillEases() {
        // The lede's second measure (an entity-list addition) is not the one delayed, so it casts no doubt on it.
        let found = claims("US delays ban on Huawei by 90 days",
                           "The Commerce Secretary said the US will delay the Huawei ban for another 90 days, adding that 46 more Huawei subsidiaries are added to the entity list.")
        #expect(found.contains { $0.topic == .techControls && $0.direction == .easing && $0.inTitle }, "\(found)")
    }

    @Test func aMeasureThatModifiesAReliefIsNotWhatIsNew() {
        // "More ... Tariffs Exclusion Extensions": the exclusions are what is new, not the tariffs.
        let found = ruleClaims("More China List 3 Tariffs Exclusion Extensions Announced",
                               "The Office of the U.S. Trade Representative has extended through June 1, 2021 the exclusion of these List 3 goods from China from the additional 25% Section 301 tariffs.")
        #expect(found.contains { $0.topic == .tariffs && $0.direction == .easing }, "\(found)")
        #expect(!found.contains { $0.direction == .tightening }, "\(found)")
        #expect(ruleClaims("More Section 301 Tariffs Announced for Chinese Goods").contains { $0.direction == .tightening })
    }

    @Test func anOrdinalBeforeAParticipleMakesItAnAdjective() {
        // "The Fourth Extended List": the list is an extended one; nothing was extended by the headline.
        #expect(!ruleClaims("The Fourth Extended List of Goods Excluded from Tariffs on the United States")
            .contains { $0.direction == .tightening })
        // Announced, a list extended once more is no new tariff list: the lede must tell which way it goes.
        #expect(!ruleClaims("The Fifth Extended List Of Goods Subject To Additional Tariff On The United States Was Announced",
                            "The Tariff Commission of the State Council published the list under its earlier notice on exclusions of goods subject to additional tariff.")
            .contains { $0.direction == .tightening })
    }

    @Test func aDelayForSomeGoodsEasesWhateverTheLedeSaysGoesAhead() {
        let found = claims("US delays tariffs on some Chinese-made electronics until December 15th",
                           "The 10 percent levy won't be applied to mobile phones and game consoles just yet. The Trump administration announced a tariff earlier this month on an additional $300 billion of Chinese imports that was to take effect from September 1st, but the 10 percent levy will only kick in then for about half of the goods.")
        #expect(found.contains { $0.topic == .tariffs && $0.direction == .easing }, "\(found)")
    }

    @Test func droppingANewMeasureIsAsOftenReleasingIt() {
        let found = ruleClaims("US Drops New Export Controls on the Chinese Semiconductor, Advanced Computing, and Supercomputer Industries")
        #expect(!found.contains { $0.direction == .easing }, "\(found)")
        #expect(ruleClaims("US drops export controls on Chinese chipmakers").contains { $0.direction == .easing })
    }

    @Test func aLawApprovedIsNoApprovalsEasing() {
        let found = ruleClaims("China approves new law to counter foreign sanctions")
        #expect(!found.contains { $0.direction == .easing }, "\(found)")
        #expect(ruleClaims("Trump Approves Tariffs on About $50 Billion of Chinese Goods").contains { $0.direction == .tightening })
    }

    @Test func newTariffsDelayedOnSomeImportsAreASharePutOff() {
        let found = ruleClaims("Trump delays new tariffs on Chinese phones, toys until mid-December",
                               "The Trump administration will delay new tariffs on some Chinese imports until mid-December after widespread complaints from businesses and exempt other items because of health, safety, and national security concerns.")
        #expect(!found.contains { $0.direction == .tightening }, "\(found)")
    }

    @Test func whatAHikeIsOnIsNotWhatRises() {
        // "imports" after "hike on" read as the flow raised made the hike an easing.
        // (Read as an easing, it cancelled the sentence's own tightening.)
        let found = ruleClaims("Standoff intensifies", "China imposed tariffs, citing the US tariff hike on Chinese imports.")
        #expect(!found.contains { $0.direction == .easing }, "\(found)")
        #expect(found.contains { $0.topic == .tariffs && $0.direction == .tightening }, "\(found)")
    }

    @Test func whatComesWithoutIsNoPartOfTheObject() {
        // The exclusion process is what the hike lacks, not what it raises.
        let found = claims("USTR Hikes Section 301 Tariffs Again—Without Exclusion Process")
        #expect(found.contains { $0.topic == .tariffs && $0.direction == .tightening }, "\(found)")
        #expect(!found.contains { $0.direction == .easing }, "\(found)")
    }

    @Test func anActWeighedThatIsNotReadTellsNoWay() {
        // "making port fees more affordable" eases; read as fees weighed, it was a reversal.
        let found = claims("US considering making port fees more affordable for Chinese ships: Report")
        #expect(!found.contains { $0.direction == .tightening }, "\(found)")
        // A measure weighed is still a signal of it.
        #expect(claims("US considering port fees on Chinese ships").contains { $0.topic == .tariffs && $0.direction == .tightening })
    }

    @Test func opposingAMeasureAimedAtOnesOwnSideIsNoOwnMeasureOpposed() {
        // The listing is the US's; read as China's own list, opposed, it was China easing.
        let found = ruleClaims("China opposes addition of 33 Chinese entities to U.S. entity list")
        #expect(!found.contains { $0.actor == .china && $0.direction == .easing }, "\(found)")
    }

    @Test func aDecisionPutOffIsNoMeasurePutOff() {
        // The policy counts a new tariff with a later start as a tightening; a decision postponed says neither.
        let found = claims("US Postpones China Chip Tariff Decision to 2027")
        #expect(!found.contains { $0.direction == .easing }, "\(found)")
    }

    @Test func goodsCarvedOutOfAReliefAreNoRelief() {
        // A rulemaking on de minimis starts no relief, and goods carved out of it lose one.
        for text in ["Administration Initiating de Minimis Rulemaking to Carve Out Section 301 Goods",
                     "US excludes Chinese goods from duty-free treatment"] {
            let found = claims(text)
            #expect(!found.contains { $0.direction == .easing }, "\(text): \(found)")
        }
        // Goods carved out of a tariff still ease it.
        #expect(claims("US excludes Chinese medical gloves from Section 301 tariffs").contains { $0.topic == .tariffs && $0.direction == .easing })
    }

    @Test func aPassiveOfStartingReadsItsMeasurePastAQuantifiedObject() {
        // The words after the passive are what the controls cover, not a direct object with no measure.
        #expect(claims("x", "Export controls will be implemented on three categories of graphite items used in electric vehicle batteries.")
            .contains { $0.topic == .rareEarthExports && $0.direction == .tightening })
        // A notice that adds controls and lifts others is not read as lifting alone.
        let mixed = claims("China's MOFCOM Updates Graphite Export Controls",
                           "According to the announcement, effective December 1, export controls will be implemented on three categories of high-sensitivity graphite items. Simultaneously, temporary controls will be lifted on five types of low-sensitivity graphite items.")
        #expect(!(mixed.contains { $0.direction == .easing } && !mixed.contains { $0.direction == .tightening }), "\(mixed)")
    }

    @Test func aTighteningKeptFromHappeningIsNone() {
        let found = claims("Trump touts 'incredible' 90-day trade truce with China",
                           "President Trump and Chinese President Xi Jinping agreed at a dinner meeting Saturday to a 90-day break from further escalating the U.S.-China trade war.")
        #expect(!found.contains { $0.direction == .tightening }, "\(found)")
    }

    @Test func aReliefThatEndsForTheGoodsItCoveredIsUndone() throws {
        let c = try #require(claims("Tariff exemption ends for Chinese goods").first { $0.topic == .tariffs })
        #expect(c.direction == .tightening)
        // The end's own clause with a verb is another story: "as talks stall" does not make it close.
        #expect(!claims("Tariff exemption ends for Chinese goods as importers rush shipments").contains { $0.direction == .easing })
    }

    @Test func anExtensionOnAPermissionKeepsItOpen() throws {
        let c = try #require(claims("Huawei gets another extension on its temporary general licence").first)
        #expect(c.topic == .techControls)
        #expect(c.direction == .easing)
    }

    @Test func goodsExcludedFromQualifyingForAReliefLoseIt() {
        // Written here, in the wording of the September 2024 de minimis announcement.
        let found = ruleClaims("x", "The White House announced that it would exclude low-value imports subject to tariffs from qualifying for a fast-track customs process.")
        #expect(!found.contains { $0.topic == .tariffs && $0.direction == .easing })
        #expect(found.contains { $0.topic == .tariffs && $0.direction == .tightening })
    }
}
