import Foundation
import Model
@testable import PostgresStore
@testable import Store
import TestSupport
import Testing

/// The facet columns' migration (SQLite's 3, PostgreSQL's 5) fills them for
/// alerts committed before it from their records, so replays, sinks and
/// repeat marking read them like new ones.
@Suite struct FacetsMigrationTests {
    let alert = Alert(id: 1, time: Date(timeIntervalSince1970: 1_764_000_000), kind: .positionChange,
                      severity: .medium, topic: .rareEarthExports, actor: .china, direction: .easing,
                      modality: .announced, baseline: .init(position: "cn-rare-earth-controls", stance: "in force"),
                      item: .init(feed: "http://f", id: "i", title: "China to suspend \"rare earth\" curbs",
                                  link: nil, published: nil),
                      evidence: "it's e", matched: ["rare earth", "suspend"])

    @Test func sqliteAlertsCommittedBeforeTheFacetColumnsGetThemFromTheirRecords() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tw-facets-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
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

    /// `positions` and `report` read a snapshot that never migrates: a state
    /// database the daemon has not upgraded yet is a typed error that says so.
    @Test func aSnapshotOfADatabaseWithoutTheFacetColumnsIsAnOlderSchemaError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tw-facets-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/" + StateStore.fileName
        let old = try SQLiteConnection(path: path)
        for migration in Migrations.all.prefix(2) { try old.execute(migration) }
        try old.execute("PRAGMA user_version = 2")
        old.close()

        #expect {
            _ = try StateSnapshot.read(directory: dir)
        } throws: { error in
            guard case StateDatabaseError.olderSchema(path, 2, Migrations.all.count) = error else { return false }
            return "\(error)".contains("older than this tradewatch reads")
        }
    }

    @Test func postgresAlertsCommittedBeforeTheFacetColumnsGetThemFromTheirRecords() async throws {
        let server = try await TestPostgres.shared()
        let url = try await server.createDatabase()
        // Up to the one before the facet columns (5).
        for migration in PostgresMigrations.all.prefix(4) {
            for statement in migration { _ = try await server.query(url, statement) }
        }
        _ = try await server.query(url, "CREATE TABLE schema_version (version INTEGER NOT NULL)")
        _ = try await server.query(url, "INSERT INTO schema_version VALUES (4)")
        _ = try await server.query(url, """
            INSERT INTO alerts (id, time, feed, item_id, topic, actor, direction, modality, record, node)
            VALUES (1, 1764000000, 'http://f', 'i', 'rare-earth-exports', 'China', 'easing', 'announced',
                    $record$\(alert.jsonLine)$record$, 'node-a')
            """)

        let store = try await StoreLab.postgres(url, node: "node-a")
        #expect(try await store.alerts(after: 0) == [StoredAlert(alert)])
        #expect(try await store.recentMoves(since: Date(timeIntervalSince1970: 0)) == [AlertedMove(StoredAlert(alert))])
    }
}
