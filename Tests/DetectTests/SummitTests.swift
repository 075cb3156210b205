import Testing
@testable import Detect
import Model

/// Leaders' visits and summits move the talks track; rounds between officials do not.
@Suite struct SummitTests {
    @Test func aLeadersPlannedVisitToTheOtherSideIsAnAnnouncedEasing() throws {
        let c = try #require(claims("Trump to visit Beijing in April, White House says").first)
        #expect(c.topic == .talks)
        #expect(c.actor == .us)
        #expect(c.direction == .easing)
        #expect(c.modality == .announced)
    }

    @Test func theLeaderWhoAcceptsTheInvitationActs() throws {
        let c = try #require(claims("Xi accepts Trump's invitation for state visit to Washington").first)
        #expect(c.topic == .talks)
        #expect(c.actor == .china)
    }

    @Test func officialsMeetingIsNoMove() {
        #expect(claims("US and Chinese officials to meet in London next week").isEmpty)
        #expect(claims("Bessent and He Lifeng to meet in Stockholm",
                       "The talks will focus on extending the tariff truce, officials said.").isEmpty)
    }

    @Test func aVisitToAThirdCountryIsNoMove() {
        #expect(claims("Trump to visit Tokyo next month").isEmpty)
    }

    @Test func aSummitThatMayBeOffIsATighteningOfTheTalks() throws {
        let c = try #require(claims("Trump says summit with Xi may be off after rare earth move").first { $0.topic == .talks })
        #expect(c.direction == .tightening)
        #expect(c.modality == .signal)
    }

    @Test func aDeniedVisitIsNoMove() {
        #expect(claims("Trump will not visit Beijing this year, aide says").isEmpty)
    }

    @Test func aLeaderTravellingToTheOtherSideIsAnAnnouncedEasing() throws {
        let c = try #require(claims("Trump says he'll travel to China in April").first)
        #expect(c.topic == .talks)
        #expect(c.modality == .announced)
    }

    @Test func aLeaderMeetingAThirdCountrysLeaderIsNoMove() {
        #expect(claims("Xi meets Putin in Moscow").isEmpty)
        #expect(claims("Trump meets Japan's prime minister in Tokyo").isEmpty)
    }
}
