import Testing
@testable import Detect
import Model

/// Threats and retaliation: a measure threatened is a signal of it, and a
/// retaliation answers the move it names.
@Suite struct ThreatWordingTests {
    @Test func raisingAThreatOfAMeasureThreatensIt() throws {
        let c = try #require(ruleClaims("China Raises Threat of Rare-Earths Cutoff to U.S.").first)
        #expect(c.topic == .rareEarthExports)
        #expect(c.direction == .tightening)
        #expect(c.modality == .signal)
    }

    @Test func aCutoffIsAMeasure() throws {
        let c = try #require(ruleClaims("China threatens rare earth export cutoff to US").first)
        #expect(c.direction == .tightening)
    }

    @Test func retaliationThreatenedOnGoodsIsACountermeasure() throws {
        let c = try #require(ruleClaims("China threatens retaliation against US farm goods").first)
        #expect(c.actor == .china)
        #expect(c.topic == .nonTariffCountermeasures)
        #expect(c.direction == .tightening)
        #expect(c.modality == .signal)
    }

    @Test func aRetaliationCarriesTheMoveOfItsAfterClause() throws {
        let c = try #require(ruleClaims("China to retaliate after Trump threatens fresh tariffs").first)
        #expect(c.topic == .tariffs)
        #expect(c.direction == .tightening)
    }

    @Test func allMeasuresNecessaryAfterAMoveAnswersThatMove() throws {
        let c = try #require(ruleClaims("China will take 'all measures necessary' after 11 Chinese entities added to US entity list: MOFCOM").first)
        #expect(c.actor == .us)
        #expect(c.topic == .techControls)
        #expect(c.direction == .tightening)
    }

    @Test func chinasSanctionsOverXinjiangCottonAreStillItsCountermeasure() throws {
        let c = try #require(ruleClaims("China threatens sanctions on Calvin Klein owner over Xinjiang cotton boycott").first)
        #expect(c.actor == .china)
        #expect(c.direction == .tightening)
    }

    @Test func aBareRetaliationAnswersInKindTheMeasureItsConditionNames() throws {
        let c = try #require(ruleClaims("China warns it will retaliate if Trump imposes additional tariffs").first)
        #expect(c.actor == .china)
        #expect(c.topic == .tariffs)
        #expect(c.direction == .tightening)
    }

    @Test func aReportOfNewMeasuresIsASignalOfThem() {
        let found = ruleClaims("Beijing slams US over reports of new tariffs on Chinese solar panels")
        #expect(found.contains { $0.topic == .tariffs && $0.actor == .us && $0.direction == .tightening && $0.modality == .signal })
        // The threat of new tariffs is still none.
        #expect(ruleClaims("Markets weigh the threat of new tariffs on China").allSatisfy { $0.modality != .action })
    }
}
