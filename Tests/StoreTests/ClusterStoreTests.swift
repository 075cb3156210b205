import Foundation
import Model
@testable import PostgresStore
import Store
import TestSupport
import Testing

/// The PostgreSQL store as a cluster's nodes share it, against the real
/// test server: leases, the commit's lease check, one alert sequence read in
/// commit order, per-node log marks.
@Suite struct ClusterStoreTests {
    func alert(_ item: String, feed: String, modality: Modality = .action) -> Alert {
        Alert(id: 0, time: Date(), kind: .positionChange, severity: .high,
              topic: .tariffs, actor: .us, direction: .easing, modality: modality,
              baseline: .init(position: "us-tariffs", stance: "in force"),
              item: .init(feed: feed, id: item, title: "t \(item)", link: nil, published: nil),
              evidence: "e", matched: ["tariff"])
    }

    func change(_ feed: String, items: [String]) -> FeedCommit {
        FeedCommit(url: feed, etag: nil, lastModified: nil, time: Date(),
                   seen: items.map { SeenItem(itemID: $0, textHash: "h", claims: "c") },
                   alerts: items.map { alert($0, feed: feed) }, moves: [])
    }

    func twoNodes() async throws -> (PostgresStore, PostgresStore, String) {
        let url = try await TestPostgres.shared().createDatabase("cluster")
        return (try await StoreLab.postgres(url, node: "a"), try await StoreLab.postgres(url, node: "b"), url)
    }

    @Test func oneNodeHoldsAFeedsLeaseAndOnlyItCommits() async throws {
        let (a, b, url) = try await twoNodes()
        let feed = [(url: "http://f", interval: Duration.seconds(600))]
        #expect(try await a.acquireLeases(feed) == ["http://f"])
        #expect(try await b.acquireLeases(feed).isEmpty)
        // Renewing its own lease is taking it again.
        #expect(try await a.acquireLeases(feed) == ["http://f"])
        #expect(try await a.commit(change("http://f", items: ["1"])).map(\.id) == [1])
        await #expect(throws: LeaseLost.self) { _ = try await b.commit(change("http://f", items: ["2"])) }
        // Nothing of the refused commit was written.
        let ts = try await TestPostgres.shared()
        #expect(try await ts.query(url, "SELECT item_id FROM seen_items ORDER BY item_id") == "1\n")
        #expect(try await ts.query(url, "SELECT count(*) FROM alerts") == "1\n")
    }

    @Test func anExpiredLeaseIsTakenAndItsOldHolderCommitsNothing() async throws {
        let (a, b, _) = try await twoNodes()
        let feed = [(url: "http://f", interval: Duration.seconds(1))]
        #expect(try await a.acquireLeases(feed) == ["http://f"])
        // a stops renewing (as a dead node does): b takes the feed once the lease expires.
        let deadline = Date().addingTimeInterval(30)
        var taken: Set<String> = []
        while taken.isEmpty, Date() < deadline {
            taken = try await b.acquireLeases(feed)
            if taken.isEmpty { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(taken == ["http://f"])
        // b renews for longer, so that its own lease cannot run out on a
        // loaded machine before the checks below (one second is short).
        #expect(try await b.acquireLeases([(url: "http://f", interval: .seconds(600))]) == ["http://f"])
        await #expect(throws: LeaseLost.self) { _ = try await a.commit(change("http://f", items: ["late"])) }
        #expect(try await b.commit(change("http://f", items: ["x"])).count == 1)
        #expect(try await a.acquireLeases(feed).isEmpty)
    }

    @Test func releasedLeasesAreFreeAtOnce() async throws {
        let (a, b, _) = try await twoNodes()
        let feeds = [(url: "http://f", interval: Duration.seconds(600)), (url: "http://g", interval: .seconds(600))]
        #expect(try await a.acquireLeases(feeds) == ["http://f", "http://g"])
        try await a.releaseLeases()
        #expect(try await b.acquireLeases(feeds) == ["http://f", "http://g"])
    }

    /// Two nodes commit at once while a reader follows `alerts(after:)` as a
    /// node's log does: it never reads an id below one it already read (ids
    /// become visible in order), and it ends with every committed alert.
    @Test func alertIDsBecomeVisibleInOrderAcrossNodes() async throws {
        let (a, b, _) = try await twoNodes()
        let rounds = 40
        #expect(try await a.acquireLeases([(url: "http://a", interval: .seconds(600))]).count == 1)
        #expect(try await b.acquireLeases([(url: "http://b", interval: .seconds(600))]).count == 1)
        async let fromA: [Int64] = {
            var ids: [Int64] = []
            for i in 0..<rounds { ids += try await a.commit(change("http://a", items: ["a\(i)"])).map(\.id) }
            return ids
        }()
        async let fromB: [Int64] = {
            var ids: [Int64] = []
            for i in 0..<rounds { ids += try await b.commit(change("http://b", items: ["b\(i)", "b\(i)x"])).map(\.id) }
            return ids
        }()
        var read: [Int64] = []
        var last: Int64 = 0
        while read.count < 3 * rounds {
            let batch = try await a.alerts(after: last, limit: 1000)
            read += batch.map(\.id)
            last = batch.last?.id ?? last
        }
        let committed = try await fromA + fromB
        #expect(read == read.sorted())
        #expect(Set(read) == Set(committed))
        #expect(read.count == Set(read).count)
    }

    @Test func eachNodeKeepsItsOwnLogHighWaterMark() async throws {
        let (a, b, _) = try await twoNodes()
        try await a.setLogHighWater(7)
        try await a.setLogHighWater(3)
        #expect(try await a.logHighWater() == 7)
        #expect(try await b.logHighWater() == 0)
    }

    /// What `tradewatch status` lists: every node that beat or holds a lease,
    /// its last cycle, and only the leases it still holds.
    @Test func theNodeListHasEachNodesHeartbeatCycleAndUnexpiredLeases() async throws {
        let (a, b, _) = try await twoNodes()
        #expect(try await a.clusterNodes().isEmpty)
        _ = try await a.acquireLeases([(url: "http://g", interval: .seconds(600)), (url: "http://f", interval: .seconds(600))])
        // A lease without a heartbeat yet still names its node.
        #expect(try await b.clusterNodes().map(\.name) == ["a"])
        try await b.renewLeases()
        let started = Date(timeIntervalSince1970: 1_800_000_000), finished = started.addingTimeInterval(2)
        try await a.recordCycle(started: started, finished: finished)
        let nodes = try await b.clusterNodes()
        #expect(nodes.map(\.name) == ["a", "b"])
        #expect(nodes[0].leases.map(\.feed) == ["http://f", "http://g"])
        #expect(nodes[0].lastCycleStarted == started && nodes[0].lastCycleFinished == finished)
        #expect(nodes[1].leases.isEmpty && nodes[1].lastCycleFinished == nil)
        #expect(nodes.allSatisfy { $0.lastSeen != nil && ($0.secondsSinceSeen ?? -1) >= 0 })
        try await a.releaseLeases()
        #expect(try await b.clusterNodes().map(\.leases.count) == [0, 0], "released leases are nobody's")
    }

    /// A node that stopped beating long ago and holds no lease leaves the
    /// list; one that still holds a lease stays until it expires.
    @Test func aNodeGoneLongAgoLeavesTheNodeList() async throws {
        let (a, b, url) = try await twoNodes()
        let c = try await StoreLab.postgres(url, node: "c")
        try await c.renewLeases()
        _ = try await a.acquireLeases([(url: "http://f", interval: .seconds(600))])
        try await a.renewLeases()
        try await Task.sleep(for: .milliseconds(20))
        try await b.renewLeases(pruneAfter: 0.01)
        #expect(try await b.clusterNodes().map(\.name) == ["a", "b"], "c is gone; a holds a lease")
        try await b.renewLeases()
        #expect(try await b.clusterNodes().map(\.name) == ["a", "b"])
    }

    /// Node b judged item x before a's commit of it reached the database
    /// (stale seen items), and judged it another way (an announcement where
    /// a saw an action): the cluster still raises x's topic once, b's other
    /// item alerts, and b's move from x is not made.
    @Test func twoNodesRacingOnOneItemRaiseOneAlertPerItemAndTopic() async throws {
        let (a, b, url) = try await twoNodes()
        let feed = [(url: "http://f", interval: Duration.seconds(600))]
        #expect(try await a.acquireLeases(feed) == ["http://f"])
        #expect(try await a.commit(change("http://f", items: ["x"])).map(\.id) == [1])
        try await a.releaseLeases()
        #expect(try await b.acquireLeases(feed) == ["http://f"])
        let move = { (stance: String) in
            LedgerEntry(topic: "tariffs", actor: "US", stance: stance, direction: "easing", modality: "announced",
                        alertID: nil, updated: Date())
        }
        var late = FeedCommit(url: "http://f", etag: nil, lastModified: nil, time: Date(),
                              seen: ["x", "y"].map { SeenItem(itemID: $0, textHash: "h2", claims: "c2") },
                              alerts: [alert("x", feed: "http://f", modality: .announced), alert("y", feed: "http://f")],
                              moves: [(move("from x"), 0)])
        let committed = try await b.commit(late)
        #expect(committed.map(\.facets.title) == ["t y"])
        #expect(committed.map(\.id) == [2])
        let ts = try await TestPostgres.shared()
        #expect(try await ts.query(url, "SELECT item_id, topic, modality, node FROM alerts ORDER BY id")
                    == "x|tariffs|action|a\ny|tariffs|action|b\n")
        #expect(try await b.ledger().isEmpty, "the move of the alert left out is not made")
        // The same move made by an alert that was raised is.
        late.alerts = [alert("z", feed: "http://f")]
        late.moves = [(move("from z"), 0)]
        let z = try await b.commit(late)
        #expect(try await b.ledger().map(\.alertID) == [z.first?.id])
        // The index backs the check: a second row for (x, tariffs) is refused.
        await #expect(throws: TestPostgresError.self) {
            _ = try await ts.query(url, """
                INSERT INTO alerts (id, time, feed, item_id, topic, actor, direction, modality, record, node)
                VALUES (99, 0, 'http://f', 'x', 'tariffs', 'China', 'tightening', 'signal', '{}', 'c')
                """)
        }
    }

    /// A database whose alerts repeat an (item, topic) under the old whole-claim
    /// key migrates: both stay, and that (item, topic) raises nothing more.
    @Test func migrationFourKeepsEarlierRepeatsOfAnItemsTopic() async throws {
        let url = try await TestPostgres.shared().createDatabase("migrate")
        let target = try PostgresTarget.parse(url: url, passwordFile: nil, environment: [:])
        let db = PGConnection(PostgresStore.settings(target, node: "old"), location: url)
        defer { db.close() }
        try PostgresStore.migrate(db, to: 3)
        for (id, modality) in [(1, "signal"), (2, "action")] {
            try db.exec("seed", """
                INSERT INTO alerts (id, time, feed, item_id, topic, actor, direction, modality, record, node)
                VALUES ($1, 0, 'http://f', 'x', 'tariffs', 'US', 'easing', $2, '{}', 'old')
                """, [String(id), modality])
        }
        try db.exec("seed", "SELECT setval('alert_ids', 2)")
        let store = try await StoreLab.postgres(url, node: "new")
        let ts = try await TestPostgres.shared()
        #expect(try await ts.query(url, "SELECT version FROM schema_version") == "\(PostgresMigrations.all.count)\n")
        #expect(try await ts.query(url, "SELECT id, repeats_item_topic FROM alerts ORDER BY id") == "1|f\n2|t\n")
        _ = try await store.acquireLeases([(url: "http://f", interval: .seconds(600))])
        let committed = try await store.commit(FeedCommit(
            url: "http://f", etag: nil, lastModified: nil, time: Date(), seen: [],
            alerts: [alert("x", feed: "http://f", modality: .announced), alert("w", feed: "http://f")], moves: []))
        #expect(committed.map(\.facets.title) == ["t w"])
        #expect(committed.map(\.id) == [3])
    }

    @Test func aNodesCommitWakesTheOthers() async throws {
        let (a, b, _) = try await twoNodes()
        var wakeups = b.alertWakeups().makeAsyncIterator()
        // The first wake-up comes when the LISTEN is in place.
        _ = await wakeups.next()
        _ = try await a.acquireLeases([(url: "http://f", interval: .seconds(600))])
        _ = try await a.commit(change("http://f", items: ["1"]))
        #expect(await wakeups.next() != nil)
    }
}

@Suite struct PostgresTargetTests {
    @Test func aURLGivesUserHostPortDatabaseAndTLSMode() throws {
        let t = try PostgresTarget.parse(url: "postgresql://tw@db.example:6543/trade?sslmode=require",
                                         passwordFile: nil, environment: [:])
        #expect(t == PostgresTarget(user: "tw", host: "db.example", port: 6543, database: "trade", password: nil,
                                    sslmode: "require"))
        #expect(try PostgresTarget.parse(url: "postgres://tw@h/d", passwordFile: nil, environment: [:]).port == 5432)
        #expect(try PostgresTarget.parse(url: "postgres://tw@h/d", passwordFile: nil, environment: [:]).sslmode == "disable")
    }

    @Test func aPasswordInTheURLIsRefused() {
        #expect(throws: PostgresStoreError.self) {
            _ = try PostgresTarget.parse(url: "postgresql://tw:secret@h:5432/d", passwordFile: nil, environment: [:])
        }
    }

    @Test func thePasswordComesFromPasswordFileElsePGPASSFILE() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tw-pass-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "s3cret\n".write(toFile: dir + "/pg.pass", atomically: true, encoding: .utf8)
        try "# comment\nother:5432:*:*:wrong\nh:5432:d:tw:pa\\:ss\n".write(toFile: dir + "/pgpass", atomically: true,
                                                                          encoding: .utf8)
        let url = "postgresql://tw@h:5432/d"
        #expect(try PostgresTarget.parse(url: url, passwordFile: dir + "/pg.pass",
                                         environment: ["PGPASSFILE": dir + "/pgpass"]).password == "s3cret")
        #expect(try PostgresTarget.parse(url: url, passwordFile: nil,
                                         environment: ["PGPASSFILE": dir + "/pgpass"]).password == "pa:ss")
        #expect(try PostgresTarget.parse(url: url, passwordFile: nil, environment: [:]).password == nil)
    }
}
