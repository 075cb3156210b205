import Foundation
import Testing
import Detect
import Model

@Suite struct DetectorTests {
    let detector = Detector(baseline: Seeds.baseline)
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    @Test func alertCarriesBaselineEvidenceAndItem() throws {
        let item = FeedItem(id: "x1", title: "China suspends export controls on rare earth magnets for a year",
                            link: "https://example.org/x1")
        let d = detector.detect(item: item, text: "The commerce ministry said the suspension takes effect immediately.",
                                feed: "file:///feed.xml", at: now, state: PositionState())
        let alert = try #require(d.alerts.first)
        #expect(d.alerts.count == 1)
        #expect(alert.topic == .rareEarthExports)
        #expect(alert.kind == .positionChange)
        #expect(alert.baseline.position == "cn-rare-earth-controls")
        #expect(alert.item.id == "x1")
        #expect(alert.time == now)
        #expect(alert.evidence == "China suspends export controls on rare earth magnets for a year")
        #expect(alert.matched.contains("suspends"))
        #expect(!alert.reason.isEmpty)
    }

    @Test func stateThreadedThroughItemsYieldsReversal() throws {
        let first = detector.detect(item: FeedItem(id: "a", title: "China lifts ban on gallium exports to the United States"),
                                    text: "", feed: "f", at: now, state: PositionState())
        #expect(first.alerts.first?.kind == .positionChange)
        let second = detector.detect(item: FeedItem(id: "b", title: "China reimposes ban on gallium exports to US firms"),
                                     text: "", feed: "f", at: now, state: first.state)
        let alert = try #require(second.alerts.first)
        #expect(alert.direction == .tightening)
        #expect(alert.kind == .reversal)
    }

    @Test func irrelevantItemRaisesNothing() {
        let d = detector.detect(item: FeedItem(id: "c", title: "Switzerland wins lower US tariff in new trade deal"),
                                text: "The US will cut tariffs on Swiss goods to 15%.", feed: "f", at: now, state: PositionState())
        #expect(d.alerts.isEmpty)
    }
}
