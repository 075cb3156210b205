import Testing
@testable import Detect
import Model

/// A claim needs its actor in the item. Generic verbs in stories that name
/// neither government (found in real feeds of the corpus) make no claim.
@Suite struct ActorInvolvementTests {
    let extractor = ClaimExtractor(baseline: Seeds.baseline)

    @Test(arguments: [
        ("Phone maker strikes supplier deal", "This deal effectively ends the monopoly the chip vendor has had over handsets, reports a wire service."),
        ("Notes on randomized slab caches", "It is just a matter of probing which allocation index the targeted object falls into."),
        ("Episode 250", "A root security issue. A researcher's investigation. Follow-up on the temporary fix."),
        ("Interface builder outlets", "The attribute is sanctioned by the compiler, unlike the older macros."),
        // A deal whose other party is a firm, and a purchase nobody named makes, are company news.
        ("US rare earth magnet maker signs deal", "The company announced a new $300 million agreement with carmaker General Motors to supply rare earth magnets."),
        ("Pentagon backs US magnet plant", "The plan comes with a ten-year commitment to purchase all rare earth magnets from the new plant."),
        // A US firm as the subject acts for itself, not China on it.
        ("Boeing prepares to resume plane deliveries to China as tariff war eases", ""),
    ])
    func genericVerbsWithoutEitherGovernmentMakeNoClaim(title: String, text: String) {
        #expect(extractor.claims(title: title, text: text).isEmpty)
    }
}

/// Context phrases and passive infinitives in headlines.
@Suite struct ContextAndModalityTests {
    let extractor = ClaimExtractor(baseline: Seeds.baseline)

    @Test func aHeadlinesGenericControlsAreTheChinaAimedRuleItsLedeNames() {
        // Without China or a China-aimed instrument, US "chip controls" may be on anyone.
        #expect(ruleClaims("US Tightens Chip Controls").isEmpty)
        let found = ruleClaims("US Tightens Chip Controls",
                               "The Commerce Department issued guidance under the foreign direct product rule on Tuesday.")
        #expect(found.contains { $0.topic == .techControls && $0.direction == .tightening && $0.inTitle }, "\(found)")
    }

    @Test func aThirdCountryInsideTheNounPhraseIsWhatTheMeasureIsOn() {
        let found = ruleClaims("Japan to Impose New Chip Export Controls, Announces More Russia Restrictions",
                               "Japan last week said it plans to impose new export controls on certain semiconductor manufacturing equipment, a move that could align its restrictions with some of the sweeping China controls released by the U.S. in October.")
        #expect(!found.contains { $0.inTitle }, "\(found)")
    }

    @Test func theAgreementAMoveIsMadeUnderIsNotItsObject() {
        let claims = extractor.claims(
            title: "Washington to lower duties on Chinese imports",
            text: "The additional tariff on goods from China will be reduced from 20% to 10% under the agreement reached in the talks.")
        #expect(!claims.contains { $0.topic == .talks && $0.direction == .tightening })
    }

    @Test func aPassiveInfinitiveHeadlineIsAnnounced() throws {
        let claim = try #require(extractor.claims(title: "USTR: duties on Chinese goods to be cut to 10% next month", text: "")
            .first { $0.topic == .tariffs })
        #expect(claim.direction == .easing)
        #expect(claim.modality == .announced)
    }

    @Test func aLedeThatNamesNeitherSideTellsMoreOfAThirdCountrysMove() throws {
        // Written here: the headline's subject is a third country; the lede's second sentence names no side.
        #expect(ruleClaims("Brazil's Congress Approves Duties of Up to 35% on Steel Including Imports From China",
                           "Brazil's Congress has approved duties on steel products. The duties will take effect on 1 March.").isEmpty)
        #expect(ruleClaims("Korea Imposes New Export Controls on Chip Equipment",
                           "Analysts note the news of Korea imposing additional export controls on equipment.").isEmpty)
        // A lede sentence that names the US or China still speaks for itself.
        let c = try #require(ruleClaims("Mexico Approves Tariffs on Asian Imports",
                                        "Separately, the United States raised tariffs on Chinese steel to 50%.").first)
        #expect(c.actor == .us)
        #expect(c.direction == .tightening)
    }

    @Test func firmsPutOnAListNamedByItsOwnerAreTheOwnersMove() throws {
        // Written here: the speaker of the main clause is not who listed the firms.
        let c = try #require(ruleClaims("Beijing vows to protect Chinese companies added to US entity list").first)
        #expect(c.actor == .us)
        #expect(c.topic == .techControls)
        #expect(c.direction == .tightening)
    }

    @Test func countermeasuresVowedAgainstAThirdCountrysMeasureAnswerThatCountry() throws {
        // Written here: China answers Canada, not the US.
        #expect(ruleClaims("China condemns Canada's surtax on Chinese steel, says Ottawa follows the US lead",
                           "Beijing warned it would take countermeasures to defend its economic interests.").isEmpty)
        // Reacting to the US keeps the lede's countermeasures.
        let c = try #require(ruleClaims("China condemns US tariffs on Chinese steel",
                                        "Beijing warned it would take countermeasures to defend its economic interests.")
            .first { $0.actor == .china })
        #expect(c.direction == .tightening)
    }

    @Test func foreignChipsChinaKeepsOutAreTheUSsGoods() throws {
        let c = try #require(ruleClaims("China bans foreign AI chips for state-funded data centres").first)
        #expect(c.actor == .china)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.direction == .tightening)
    }

    @Test func aProbeIntoAUSFirmsDealIsChinasReviewNotTalks() {
        let found = ruleClaims("China's market regulator opens probe into Qualcomm's Autotalks deal")
        #expect(found.contains { $0.topic == .nonTariffCountermeasures && $0.actor == .china && $0.direction == .tightening })
        #expect(!found.contains { $0.topic == .talks })
    }

    @Test func aUSFirmsDealClearedWithItsPriceNamedIsChinasReviewNotTalks() {
        let found = ruleClaims("Chinese regulator approves Cisco’s $4.5 billion Acacia deal")
        #expect(found.contains { $0.topic == .nonTariffCountermeasures && $0.actor == .china && $0.direction == .easing })
        #expect(!found.contains { $0.topic == .talks })
    }
}
