import Daemon
import Foundation
import Model
import Testing

/// A cluster store returns only the alerts it committed; the plan finds the
/// id each planned alert got (nil for one left out) from those, so the ledger
/// moves of left-out alerts are not made.
@Suite struct CommittedIDsTests {
    func alert(_ item: String, title: String, actor: Actor = .us) -> Alert {
        Alert(id: 0, time: Date(timeIntervalSince1970: 1_764_000_000), kind: .positionChange, severity: .high,
              topic: .tariffs, actor: actor, direction: .easing, modality: .action,
              baseline: .init(position: "us-tariffs", stance: "in force"),
              item: .init(feed: "http://f", id: item, title: title, link: nil, published: nil),
              evidence: "e", matched: ["tariff"])
    }

    func committed(_ alert: Alert, id: Int64) -> StoredAlert {
        var alert = alert
        alert.id = id
        return StoredAlert(alert)
    }

    @Test func anAlertLeftOutGetsNoIDAndTheOthersKeepTheirs() {
        let planned = [alert("x", title: "x"), alert("y", title: "y"), alert("z", title: "z", actor: .china)]
        let plan = FeedPlan(itemCount: 3, seen: [], alerts: planned, moves: [])
        #expect(plan.committedIDs([committed(planned[1], id: 7), committed(planned[2], id: 8)]) == [nil, 7, 8])
        #expect(plan.committedIDs(planned.enumerated().map { committed($1, id: Int64($0) + 1) }) == [1, 2, 3])
        #expect(plan.committedIDs([]) == [nil, nil, nil])
    }

    /// One story under two item ids: the facets alike, the record (which
    /// names the item) tells which one the store committed.
    @Test func twoAlertsAlikeButTheirItemAreToldApartByTheRecord() {
        let planned = [alert("x", title: "same"), alert("y", title: "same")]
        let plan = FeedPlan(itemCount: 2, seen: [], alerts: planned, moves: [])
        #expect(plan.committedIDs([committed(planned[1], id: 5)]) == [nil, 5])
        #expect(plan.committedIDs([committed(planned[0], id: 5)]) == [5, nil])
    }
}
