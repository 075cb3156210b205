import Foundation
import Model
@testable import Store
import Testing

/// Migration 3 fills the facet columns of alerts committed before it from
/// their records, so replays, sinks and repeat marking read them like new ones.
@Suite struct FacetsMigrationTests {
    @Test func alertsCommittedBeforeTheFacetColumnsGetThemFromTheirRecords() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tw-facets-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let alert = Alert(id: 1, time: Date(timeIntervalSince1970: 1_764_000_000), kind: .positionChange,
                          severity: .medium, topic: .rareEarthExports, actor: .china, direction: .easing,
                          modality: .announced, baseline: .init(position: "cn-rare-earth-controls", stance: "in force"),
                          item: .init(feed: "http://f", id: "i", title: "China to suspend \"rare earth\" curbs",
                                      link: nil, published: nil),
                          evidence: "e", matched: ["rare earth", "suspend"])
        let old = try SQLiteConnection(path: dir + "/" + StateStore.fileName)
        for migration in Migrations.all.prefix(2) { try old.execute(migration) }
        try old.execute("PRAGMA user_version = 2")
        let record = alert.jsonLine.replacingOccurrences(of: "'", with: "''")
        try old.execute("""
            INSERT INTO alerts (id, time, feed, item_id, topic, actor, direction, modality, record)
            VALUES (1, 1764000000, 'http://f', 'i', 'rare-earth-exports', 'China', 'easing', 'announced', '\(record)')
            """)
        old.close()

        let store = try StateStore(directory: dir)
        #expect(try await store.alerts(after: 0) == [StoredAlert(alert)])
        let moves = try await store.recentMoves(since: Date(timeIntervalSince1970: 0))
        #expect(moves == [AlertedMove(StoredAlert(alert))])
    }
}
