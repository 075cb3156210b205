import Testing
@testable import Detect
import Model

/// Who acts when the headline names no subject, and when a move is not a
/// US-China one after all.
@Suite struct ActorInferenceTests {
    @Test func aGovernmentNamedBeforeTheMeasureAChangeNounActsOnOwnsIt() {
        let found = ruleClaims("x", "The order includes a one-year pause on U.S. port fees for China-linked ships.")
        #expect(found.contains { $0.topic == .tariffs && $0.actor == .us && $0.direction == .easing }, "\(found)")
        // "U.S." that names the goods is no owner: China's restrictions on US poultry.
        #expect(!ruleClaims("China weighs removal of U.S. poultry import restrictions").contains { $0.actor == .us })
    }

    @Test func tensionsThatEaseAreTheClimateNotAMove() {
        #expect(!ruleClaims("US-China tensions ease with port fee pause").contains { $0.topic == .nonTariffCountermeasures })
    }

    @Test func aGenericMeasureWithoutSubjectBelongsToTheSideWhoseInstrumentsTheItemNames() throws {
        let c = try #require(claims(
            "Expansion of End-User Controls To Cover Affiliates of Certain Listed Entities",
            "BIS extends Entity List restrictions to any foreign entity 50 percent or more owned by listed Chinese parties.").first)
        #expect(c.topic == .techControls)
        #expect(c.actor == .us)
        #expect(c.direction == .tightening)
    }

    @Test func chinaAsANounBeforeTariffsIsWhereTheyFall() throws {
        let rise = try #require(ruleClaims("Trump Says 10% China Tariffs Will Rise to 25% on Friday").first)
        #expect(rise.topic == .tariffs)
        #expect(rise.actor == .us)
        #expect(rise.direction == .tightening)
        let delayed = try #require(ruleClaims("China Tariffs Delayed").first)
        #expect(delayed.actor == .us)
        #expect(delayed.direction == .easing)
        // Named with their target, they are China's.
        let own = try #require(ruleClaims("New China tariffs on US soybeans take effect").first)
        #expect(own.actor == .china)
    }

    @Test func dutiesOnGoodsFromOneSideAreTheOtherSides() throws {
        let c = try #require(ruleClaims("CSMS # 63988468 - GUIDANCE: Additional Duties on Imports from China").first)
        #expect(c.topic == .tariffs)
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
        #expect(ruleClaims("US sanctions Chinese officials over Hong Kong").isEmpty)
    }

    @Test func anExportControlListingIsTradePolicyWhateverItsPretext() {
        let found = ruleClaims("Suppression", "China firmly opposes the decision by the United States to include certain Chinese "
            + "entities on an export control list under the pretext of so-called military and human rights concerns.")
        #expect(found.contains { $0.topic == .techControls && $0.actor == .us && $0.direction == .tightening })
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
            _ = Tokenizer.tokenize(text, firstSentence: 0, vocabulary: Seeds.extractor.lexicon.vocabulary, into: &tokens)
            return Annotations(tokens: tokens, lexicon: Seeds.extractor.lexicon).actor.compactMap { $0?.value }
        }
        #expect(actors("E-commerce giants and the Chamber of Commerce") == [])
        #expect(actors("Commerce adds Chinese firms to the entity list") == [.us])
    }

    @Test func aSubjectActingOnAGenericMeasureOfItsOwnKeepsIt() throws {
        let c = try #require(claims("China Eases Curbs on Exports of Drone Parts to US").first)
        #expect(c.actor == .china)
        // Controls on exports to the country (no firms named) are China's export-control position.
        #expect(c.topic == .rareEarthExports)
        #expect(c.direction == .easing)
    }

    @Test func aHeadlineWithoutActorTakesTheOneTheLedeNames() throws {
        let c = try #require(claims("Notice of Action: Suspension of Section 301 Maritime Measures",
                                    "USTR suspends for one year the fees on vessels linked to China.").first)
        #expect(c.topic == .tariffs)
        #expect(c.actor == .us)
        #expect(c.direction == .easing)
    }

    @Test func antiDumpingDutiesAreChinasCountermeasureAndTheUSsTariffs() throws {
        let china = try #require(claims("China Slaps Anti-Dumping Duties on US Analog Chips").first)
        #expect(china.topic == .nonTariffCountermeasures)
        let us = try #require(claims("US imposes anti-dumping duties on Chinese graphite anode material").first)
        #expect(us.topic == .tariffs)
        #expect(us.actor == .us)
    }

    @Test func plainDutiesInADumpingCaseAreTradeRemedyDuties() throws {
        let china = try #require(claims("China announces duties on imported US phenol in dumping case").first)
        #expect(china.topic == .nonTariffCountermeasures)
        #expect(china.actor == .china)
        let us = try #require(claims("US imposes duties on Chinese steel in dumping case").first)
        #expect(us.topic == .tariffs)
    }

    @Test func aTradeRemedyReviewIsOfDutiesInForceAndAThirdCountrysAgencyIsNotTheUS() throws {
        #expect(claims("Chinese mainland starts EPDM anti-dumping review of US imports tomorrow").isEmpty)
        let probe = try #require(claims("China launches anti-dumping probe into US EPDM").first)
        #expect(probe.direction == .tightening)
        #expect(claims("DGTR proposes anti-dumping duty on Chinese aluminum frames").isEmpty)
    }

    @Test func aLeadersTeamActsForItsGovernment() throws {
        let c = try #require(claims("Trump aides lower tariff on Chinese parcels to 54%").first)
        #expect(c.actor == .us)
        #expect(c.topic == .tariffs)
        #expect(c.direction == .easing)
    }

    @Test func aMeasureBothSidesHoldIsTheOneTheTargetDoesNotHold() throws {
        let c = try #require(claims("Export requirements added for 30 Chinese entities").first)
        #expect(c.actor == .us)
        #expect(c.topic == .techControls)
    }

    @Test func aFirmAllowedToSellIsNoTarget() {
        #expect(claims("Lawmaker slams decision",
                       "A lawmaker criticised the Commerce Department over its decision to allow Nvidia to resume exports of its H20 chips to China.")
            .allSatisfy { $0.actor == .us })
    }

    @Test func aRulingIsItsOwnersNotTheCritics() {
        // The office a side's name qualifies owns its ruling, whoever speaks of it.
        expectEachReads([("China's Ministry of Commerce voiced strong dissatisfaction with its US counterpart's ruling to impose anti-dumping duties on solar cells from China",
                          .tariffs, .us, .tightening)])
        #expect(ruleClaims("China's Ministry of Commerce voiced strong dissatisfaction with its US counterpart's ruling to impose anti-dumping duties on solar cells from China")
            .allSatisfy { $0.actor == .us })
    }

    @Test func theViolatorIsTheTargetOfTheRulesItBreaks() throws {
        let c = try #require(claims(
            "Beijing criticises chip guidance",
            "China criticised new guidance from the Commerce Department that said using Huawei Ascend chips likely violates export controls.")
            .first)
        #expect(c.actor == .us)
        #expect(c.topic == .techControls)
    }

    @Test func aJointPairRightBeforeItsVerbIsTheSubject() throws {
        let c = try #require(claims("US-China agree to cut tariffs after Geneva talks").first { $0.topic == .tariffs })
        #expect(c.direction == .easing)
        let d = try #require(claims("U.S.-China extend tariff truce for 90 days").first)
        #expect(d.direction == .easing)
        #expect(claims("US-China trade talks resume in London").isEmpty)
    }

    @Test func chinasCyberspaceAuthorityActsForChina() throws {
        let c = try #require(claims("Cyberspace authority summons Nvidia over H20 chip risks").first)
        #expect(c.actor == .china)
        #expect(c.topic == .nonTariffCountermeasures)
    }

    @Test func aUSAntitrustReviewIsNotChinasCountermeasure() {
        #expect(claims("The Federal Trade Commission closes its antitrust review of the merger").isEmpty)
    }

    @Test func firmsPutOnAListInAPassiveAreTheTargetTheListsOwnerActs() throws {
        let c = try #require(claims("Five US firms added to China's export control list").first)
        #expect(c.actor == .china)
        #expect(c.topic == .nonTariffCountermeasures)
        let d = try #require(claims("Three U.S. subsidiaries added to unreliable entity list").first)
        #expect(d.actor == .china)
        #expect(d.direction == .tightening)
    }

    @Test func chinaBlockingAUSFirmsTakeoverIsACountermeasureAndAnotherLeadersDealIsNoUSChinaDeal() throws {
        let c = try #require(claims("China blocks Meta's purchase of AI group Manus").first)
        #expect(c.actor == .china)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(claims("Trump, Albanese sign critical minerals deal to counter China").isEmpty)
    }

    @Test func anEarlierThirdCountryLeaderOrAThirdCountrysFirmIsNotTheUS() {
        #expect(claims("Trudeau to impose 100% tariffs on Chinese EVs").isEmpty)
        #expect(claims("Russian cybersecurity firm Kaspersky added to US national security blacklist").isEmpty)
    }

    @Test func aThirdCountrysFirmsGivenLeaveForChinaAreTheUSsMoveOnChina() throws {
        let c = try #require(claims("US grants South Korean firms an indefinite waiver on supplying chip-related tools to China").first)
        #expect(c.topic == .techControls && c.actor == .us && c.direction == .easing)
        // A third country itself as the target stays its own story.
        #expect(claims("US grants South Korea a waiver on oil imports").isEmpty)
    }

    @Test func aSideInsideACompoundSaysWhereNotWho() throws {
        let c = try #require(claims("Nvidia H20 China Sales Rules Eased").first)
        #expect(c.actor == .us)
        #expect(c.topic == .techControls)
        #expect(c.direction == .easing)
    }

    @Test func aSideOpeningAHeadlinePassivesCompoundSubjectSaysWhere() throws {
        for title in ["China tariff exclusions extended", "More China List 1 Tariffs Exclusion Extensions Announced"] {
            let c = try #require(ruleClaims(title).first, "\(title)")
            #expect(c.actor == .us)
            #expect(c.topic == .tariffs)
            #expect(c.direction == .easing)
        }
    }

    @Test func aSideBeforeItsOwnVerbIsStillTheSubject() {
        #expect(ruleClaims("China decides to suspend implementation of export control measures announced on Oct 9")
            .allSatisfy { $0.actor == .china && $0.direction == .easing })
    }

    @Test func chinasPremierIsChinaNotAChineseTarget() {
        #expect(!ruleClaims("China issues regulations on export control of dual-use items",
                            "Chinese Premier Li Qiang has signed a decree of the State Council to unveil regulations on export control of dual-use items, which will take effect on December 1, 2024.")
            .contains { $0.actor == .us })
    }

    @Test func aSidesPossessiveBeforeItsFirmStillActs() {
        #expect(ruleClaims("China’s Rare Earth Exporter Says It Got Export Licenses for US and Other Regions")
            .allSatisfy { $0.actor == .china })
    }

    @Test func anExportControlTermWithNoOneBeforeItIsTheSideTheHeadlineNames() throws {
        // "A May 31 Commerce Department rule": the date before the agency makes it read as a compound, so no
        // subject acts; the headline's US decides, not the term's first owner (China's export controls).
        let found = claims("U.S. AI Chip Export Curbs Now Track Corporate Owners, Not Shipping Addresses",
                           "A May 31 Commerce Department rule requires export licenses for any China or Macau headquartered entity, "
                               + "no matter where its affiliates ship.")
        #expect(!found.contains { $0.topic == .rareEarthExports || $0.actor == .china })
        // A noun phrase's too: the "export ban" is Trump's.
        #expect(!claims("Trump Says China Other Countries Can’t Have Nvidia Blackwell Chips: Latest Export Ban")
            .contains { $0.topic == .rareEarthExports })
    }

    @Test func aNewMeasureBothSidesHoldIsTheHeadlineSubjects() {
        // Port fees are China's countermeasure and the US's Section 301 action alike: the US named in the
        // headline holds these, not the term's first owner.
        #expect(!claims("US targets China ships, operators with millions of dollars in new port charges")
            .contains { $0.actor == .china })
    }

    @Test func chinasControlsOnDrugPrecursorsAreItsChemicalControlsNotItsRareEarthRegime() {
        // The labelled rounds since the 40th file these as China's chemical export controls (round 12 had
        // called them no trade move).
        for title in ["China enacts restrictions on precursor chemicals to US following Trump-Xi deal",
                      "China Imposes export Licenses on Key Fentanyl Precursors to US, Mexico, and Canada",
                      "China Curbs Drug Precursors to North America After US Trade Deal"] {
            let found = claims(title)
            #expect(found.contains { $0.topic == .chemicals && $0.actor == .china && $0.direction == .tightening }, "\(title)")
            #expect(!found.contains { $0.topic == .rareEarthExports }, "\(title)")
        }
        // The rare-earth regime itself still moves.
        #expect(claims("China restricts exports of gallium to the US").first?.topic == .rareEarthExports)
    }

    @Test func aBareBodyInTheHeadlineIsTheOneTheLedeGivesAThirdCountry() {
        #expect(ruleClaims("Congress approves new tariffs on goods from China and non-FTA countries",
                           "Mexico’s lower house of Congress approved on Wednesday a bill that seeks to impose new or higher tariffs on imports from China and other countries with which Mexico doesn’t have free trade agreements.")
            .isEmpty)
        // With no third country in the lede, Congress is the US's.
        #expect(ruleClaims("Congress approves new tariffs on goods from China",
                           "The House voted 300-120 on Wednesday for the measure.")
            .contains { $0.actor == .us && $0.topic == .tariffs })
    }

    @Test func aGovernmentNamedWithItsCountryIsOneSubject() {
        // Written here: "government" after the country ended the subject before the verb, so "bars" read as a noun.
        #expect(ruleClaims("US government bars Intel, Qualcomm from selling chips to Huawei")
            .contains { $0.actor == .us && $0.topic == .techControls && $0.direction == .tightening })
        #expect(ruleClaims("US administration bans chip sales to Huawei")
            .contains { $0.actor == .us && $0.topic == .techControls && $0.direction == .tightening })
    }

    @Test func aLedesFirstNameIsItsSubjectWhateverTheHeadlineEndsWith() {
        // The headline ends on a verb's word ("update", "ban") with no stop before the lede: the lede's first
        // name is not that verb's object.
        for title in ["China trade update", "US weighs chip ban"] {
            let found = ruleClaims(title, "Washington raises tariffs on Chinese goods.")
            #expect(found.contains { $0.topic == .tariffs && $0.actor == .us && $0.direction == .tightening }, "\(title)")
            #expect(!found.contains { $0.topic == .tariffs && $0.actor == .china }, "\(title)")
        }
        #expect(ruleClaims("China trade update", "USTR increases the rate of additional duty from 10 percent to 25 percent.")
            .contains { $0.topic == .tariffs && $0.actor == .us && $0.direction == .tightening })
    }

    @Test func aLedesDatelineIsWhereTheStoryIsFiledNotWhoActs() {
        let found = ruleClaims("Trade news", "BEIJING, April 2 (Xinhua) -- By raising tariffs on Chinese goods, Washington is hurting itself.")
        #expect(!found.contains { $0.actor == .china }, "\(found)")
        #expect(found.contains { $0.topic == .tariffs && $0.actor == .us && $0.direction == .tightening })
    }

    @Test func noSideControlsTheExportsBoundForItself() {
        // The seller stopped them: a US miner's shipments to China are no Chinese export control.
        #expect(ruleClaims("MP Materials Halts Rare Earths Shipment to China Amid Tariff War",
                           "MP Materials, responsible for the only rare earths mine in the United States, announced it has ceased shipping its critical minerals to China.")
            .isEmpty)
        #expect(ruleClaims("MP Materials Halts Rare Earths Shipment to China",
                           "MP Materials announced it has halted shipping its critical minerals to China.").isEmpty)
        // A firm of the side that grants the licences, or a list, is no destination.
        expectEachReads([("US revokes export licenses to Intel and Qualcomm for selling semiconductors to China's Huawei", .techControls, .us, .tightening),
                         ("Chinese Nuclear Firms Added to US Entity List", .techControls, .us, .tightening)])
    }

    @Test func chinasPlannerIndustryMinistryAndAviationRegulatorActByTheirShortNames() {
        expectEachReads([("NDRC launches probe into Nvidia", .nonTariffCountermeasures, .china, .tightening),
                         ("MIIT launches probe into Nvidia", .nonTariffCountermeasures, .china, .tightening),
                         ("CAAC halts Boeing deliveries", .nonTariffCountermeasures, .china, .tightening)])
    }

    @Test func aNameRightBeforeTheMeasureAReactionIsAimedAtOwnsIt() {
        let found = ruleClaims("China hits out at US probe into Chinese chips")
        #expect(!found.contains { $0.actor == .china }, "\(found)")
        #expect(found.contains { $0.actor == .us && $0.direction == .tightening })
        // A policy another country aligns with is not made by it.
        #expect(ruleClaims("Trudeau to impose 100% tariffs on Chinese EVs",
                           "Prime Minister Justin Trudeau's government, moving to align itself with U.S. policy, said it would impose new tariffs later this year on Chinese-produced electric vehicles.")
            .allSatisfy { $0.actor != .us })
    }
}
