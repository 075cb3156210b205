import Testing
@testable import Detect
import Model

/// Measures and approvals named the way the press names them: the Pentagon's
/// list by its description, AI export rules, Nvidia's China chips by model,
/// an approval given as a "nod" or a "green light", a merger named by the two
/// firms joined. Sentences are written here; each pins one kind.
@Suite struct NamedMeasureAndIdiomTests {
    @Test func expandingTheListOfChineseCompaniesTightensTechControls() throws {
        let c = try #require(claims(
            "Pentagon adds tech giants",
            "The administration expanded its list of Chinese companies said to support the People's Liberation Army.")
            .first { $0.topic == .techControls })
        #expect(c.actor == .us)
        #expect(c.direction == .tightening)
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
}
