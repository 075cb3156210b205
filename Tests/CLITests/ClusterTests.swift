import Foundation
import Testing
import TestSupport

/// Several `tradewatch run` nodes on one real PostgreSQL (the test server,
/// scripts/test-postgres.sh) polling the same live loopback feeds: nodes
/// killed with SIGKILL at seeded moments, the database stopped mid-run.
/// Whatever happens, every alerting (feed, item, topic) is once in the
/// database and once in every node's log, ids increasing.
@Suite(.serialized) struct ClusterTests {
    /// A cluster of `count` nodes on `databaseURL`, polling `feeds` every second.
    static func nodes(_ count: Int, feeds: [String], databaseURL: String) throws -> [DaemonProcess] {
        try (0..<count).map { n in
            try DaemonProcess(feeds: feeds, extra: """

                [store]
                url = "\(databaseURL)"

                [node]
                name = "node-\(n)"
                """)
        }
    }

    /// Feeds that gain an item (one of `ChangingFeeds.moves`) every 150 ms, round robin.
    static func growing(_ feeds: [LiveFeedServer]) -> Task<Void, Never> {
        Task {
            var n = 0
            while !Task.isCancelled {
                feeds[n % feeds.count].add(ChangingFeeds.item(n))
                n += 1
                try? await Task.sleep(for: .milliseconds(150))
            }
        }
    }

    /// "feed item topic" of every alert a `tradewatch scan` of `feeds` finds now.
    static func scanned(_ feeds: [LiveFeedServer]) async throws -> Set<String> {
        var pairs: Set<String> = []
        for feed in feeds {
            let scan = try await CommandRun.tradewatch(["scan", feed.url])
            for line in scan.stdout.split(separator: "\n") {
                guard let record = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let item = record["item"] as? [String: Any] else { continue }
                pairs.insert("\(feed.url) \(item["id"] as? String ?? "?") \(record["topic"] as? String ?? "?")")
            }
        }
        return pairs
    }

    /// (id, "feed item topic") of each line of a node's log.
    static func logged(_ node: DaemonProcess) -> [(Int, String)] {
        node.logLines().compactMap { line in
            guard let record = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let item = record["item"] as? [String: Any] else { return nil }
            return (record["id"] as? Int ?? -1,
                    "\(item["feed"] as? String ?? "?") \(item["id"] as? String ?? "?") \(record["topic"] as? String ?? "?")")
        }
    }

    /// Waits until the database holds every alert a scan finds and every
    /// node's log holds the database's alerts; then checks once-only and order.
    static func expectConverged(_ nodes: [DaemonProcess], feeds: [LiveFeedServer], server: TestPostgres,
                                url: String, seed: UInt64, sourceLocation: SourceLocation = #_sourceLocation)
        async throws {
        let expected = try await scanned(feeds)
        #expect(!expected.isEmpty, sourceLocation: sourceLocation)
        var database: [(Int, String)] = []
        let converged = try await eventually(timeout: 90) {
            let rows = try await server.query(url, "SELECT id, feed || ' ' || item_id || ' ' || topic FROM alerts ORDER BY id")
            database = rows.split(separator: "\n").map {
                let parts = $0.split(separator: "|", maxSplits: 1)
                return (Int(parts[0]) ?? -1, String(parts.count > 1 ? parts[1] : ""))
            }
            guard expected.isSubset(of: Set(database.map(\.1))) else { return false }
            return nodes.allSatisfy { logged($0).map(\.0) == database.map(\.0) }
        }
        let missing = expected.subtracting(database.map(\.1)).sorted().prefix(5)
        let counts = nodes.map { logged($0).count }
        let stderr = String(nodes.last?.stderr.suffix(2000) ?? "")
        #expect(converged, "not converged; seed \(seed); missing \(missing); logs \(counts) database \(database.count); stderr: \(stderr)",
                sourceLocation: sourceLocation)
        let byNode = try await server.query(url, "SELECT node, count(*) FROM alerts GROUP BY node ORDER BY node")
        print("cluster alerts by the node that raised them: \(byNode.split(separator: "\n").joined(separator: ", ")); seed \(seed)")
        let ids = database.map(\.0)
        #expect(ids == ids.sorted() && Set(ids).count == ids.count, "ids increase; seed \(seed)", sourceLocation: sourceLocation)
        #expect(Set(database.map(\.1)).count == database.count, "each (feed, item, topic) once in the database; seed \(seed)",
                sourceLocation: sourceLocation)
        for node in nodes {
            // The leases kept nodes off each other's feeds: no commit ran into
            // an alert another node had committed.
            #expect(!node.stderr.contains("duplicate key"), "\(node.folder): \(node.stderr.suffix(2000))",
                    sourceLocation: sourceLocation)
            let lines = logged(node)
            #expect(lines.map(\.0) == ids, "\(node.folder): every cluster alert once, in id order; seed \(seed)",
                    sourceLocation: sourceLocation)
            #expect(lines.map(\.1) == database.map(\.1), sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [2, 3]) func nodesKilledAtRandomMomentsLoseAndRepeatNoAlert(count: Int) async throws {
        let server = try await TestPostgres.shared()
        let url = try await server.createDatabase("kill")
        let feeds = try (0..<3).map { _ in try LiveFeedServer(items: [ChangingFeeds.item(1000)]) }
        let nodes = try Self.nodes(count, feeds: feeds.map(\.url), databaseURL: url)
        for node in nodes { try node.start() }
        let seed = TestSeed.make("cluster of \(count): kill -9 at random moments")
        var rng = SeededGenerator(state: seed)
        let adder = Self.growing(feeds)
        for kill in 0..<10 {
            let victim = nodes[Int.random(in: 0..<count, using: &rng)]
            try await Task.sleep(for: .milliseconds(Int.random(in: 300...1500, using: &rng)))
            victim.signal(SIGKILL)
            _ = await victim.waitForExit(timeout: 10)
            // Back at once (it takes its own leases again), or every other
            // time after its leases (3 s) expired: another node has taken its feeds by then.
            let away = kill.isMultiple(of: 2) ? Int.random(in: 0...1000, using: &rng) : Int.random(in: 4000...6000, using: &rng)
            try await Task.sleep(for: .milliseconds(away))
            print("killed \(victim.folder) for \(away) ms")
            try victim.start()
        }
        adder.cancel()
        await adder.value
        try await Self.expectConverged(nodes, feeds: feeds, server: server, url: url, seed: seed)
        for node in nodes {
            node.signal(SIGTERM)
            #expect(await node.waitForExit(timeout: 30) == 0, "stderr: \(node.stderr.suffix(2000))")
        }
    }

    /// A node killed for good: its leases expire and the survivor takes its
    /// feeds, alerting what they gain from then on.
    @Test func aDeadNodesFeedsAreTakenOver() async throws {
        let server = try await TestPostgres.shared()
        let url = try await server.createDatabase("takeover")
        let feeds = try (0..<4).map { _ in try LiveFeedServer(items: [ChangingFeeds.item(1000)]) }
        let nodes = try Self.nodes(2, feeds: feeds.map(\.url), databaseURL: url)
        for node in nodes { try node.start() }
        let held = { () async throws -> [String: Int] in
            // Empty until a node has created the tables.
            let rows = (try? await server.query(url, "SELECT node, count(*) FROM leases WHERE expires > now() GROUP BY node")) ?? ""
            var counts: [String: Int] = [:]
            for row in rows.split(separator: "\n") {
                let parts = row.split(separator: "|")
                if parts.count == 2 { counts[String(parts[0])] = Int(parts[1]) }
            }
            return counts
        }
        #expect(try await eventually(timeout: 60) { try await held().values.reduce(0, +) == feeds.count })
        // Every feed's first item alerted (first contact with a fresh item),
        // so the next alert is the one added below, not one of these late.
        #expect(await eventually(timeout: 60) {
            (try? await server.query(url, "SELECT count(*) FROM alerts")) == "\(feeds.count)\n"
        })
        // The node holding the most feeds dies.
        let before = try await held()
        let victim = before.max { $0.value < $1.value }?.key ?? "node-0"
        let (dead, survivor) = victim == "node-0" ? (nodes[0], nodes[1]) : (nodes[1], nodes[0])
        // The survivor's socket tells an alert the other node detected. One
        // node can take every feed before the other has bound its socket.
        let socket = survivor.folder + "/alerts.sock"
        #expect(await eventually(timeout: 30) { FileManager.default.fileExists(atPath: socket) })
        let client = try UnixLineClient(path: socket)
        let hello = try #require(try JSONSerialization.jsonObject(with: Data((client.readLine() ?? "").utf8)) as? [String: Any])
        client.send(#"{"type":"subscribe","since":\#(hello["last_id"] as? Int ?? 0)}"#)
        #expect(client.readLines(until: { $0.contains("\"replayed\"") }) != nil)
        let victimFeed = try await server.query(url, "SELECT feed FROM leases WHERE node = '\(victim)' LIMIT 1")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try #require(feeds.first { $0.url == victimFeed }).add(ChangingFeeds.item(3000))
        let live = try #require(client.readLine(timeout: 60), "the other node's alert on this node's socket")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(live.utf8)) as? [String: Any])
        #expect(record["type"] as? String == "alert")
        #expect((record["item"] as? [String: Any])?["feed"] as? String == victimFeed,
                "alert \(record["id"] ?? "?") after hello's last id \(hello["last_id"] ?? "?")")

        dead.signal(SIGKILL)
        _ = await dead.waitForExit(timeout: 10)
        let killed = Date()
        let survivorName = victim == "node-0" ? "node-1" : "node-0"
        let takenOver = try await eventually(timeout: 60) { try await held() == [survivorName: feeds.count] }
        let after = try await held()
        #expect(takenOver, "leases \(after), before \(before)")
        print("takeover after kill -9 of \(victim) (\(before[victim] ?? 0) of \(feeds.count) feeds, interval 1 s, lease 3 s): "
              + "\(Int(Date().timeIntervalSince(killed) * 1000)) ms")
        let logged = survivor.logLines().count
        for (n, feed) in feeds.enumerated() { feed.add(ChangingFeeds.item(2000 + n)) }
        #expect(await survivor.waitForLog(atLeast: logged + feeds.count, timeout: 60), "stderr: \(survivor.stderr.suffix(2000))")
        survivor.signal(SIGTERM)
        #expect(await survivor.waitForExit(timeout: 30) == 0)
    }

    /// The `"cluster"` object of `tradewatch status --json` on `node` (empty when there is none).
    static func clusterStatus(_ node: DaemonProcess) async throws -> [String: Any] {
        let run = try await CommandRun.tradewatch(["status", "--socket", node.folder + "/alerts.sock", "--json"])
        let status = try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        return status?["cluster"] as? [String: Any] ?? [:]
    }

    /// `tradewatch status` on one node lists the whole cluster: both nodes,
    /// whose leases between them cover every feed, each with its last cycle.
    @Test func statusOnOneNodeListsEveryNodeAndTheirLeasesCoverEveryFeed() async throws {
        let server = try await TestPostgres.shared()
        let url = try await server.createDatabase("status")
        let feeds = try (0..<3).map { _ in try LiveFeedServer(items: [ChangingFeeds.item(1000)]) }
        let nodes = try Self.nodes(2, feeds: feeds.map(\.url), databaseURL: url)
        for node in nodes { try node.start() }
        let socket = nodes[0].folder + "/alerts.sock"
        var status: [String: Any] = [:]
        var json = ""
        var leased: [String] = []
        let listed = try await eventually(timeout: 60) {
            let run = try await CommandRun.tradewatch(["status", "--socket", socket, "--json"])
            json = run.stdout
            status = (try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]) ?? [:]
            let cluster = status["cluster"] as? [String: Any] ?? [:]
            let listed = cluster["nodes"] as? [[String: Any]] ?? []
            leased = listed.flatMap { ($0["leased_feeds"] as? [[String: Any]] ?? []).compactMap { $0["url"] as? String } }
            let done = listed.compactMap { $0["name"] as? String } == ["node-0", "node-1"]
                && listed.allSatisfy { $0["last_cycle"] is [String: Any] }
                && Set(leased) == Set(feeds.map(\.url))
            // Each try starts a process: not 50 a second on a shared machine.
            if !done { try await Task.sleep(for: .milliseconds(250)) }
            return done
        }
        #expect(listed, "status: \(json); stderr: \(nodes[0].stderr.suffix(2000))")
        #expect(leased.count == feeds.count, "one holder per feed: \(leased)")
        #expect(status["store"] as? String == "postgresql")
        let cluster = try #require(status["cluster"] as? [String: Any])
        #expect(cluster["node"] as? String == "node-0")
        #expect(cluster["database"] as? String == url)
        #expect(cluster["database_answers"] as? Bool == true)
        for node in cluster["nodes"] as? [[String: Any]] ?? [] {
            let feeds = node["leased_feeds"] as? [[String: Any]] ?? []
            #expect(node["leases"] as? Int == feeds.count, "\(node)")
            #expect(node["this_node"] as? Bool == (node["name"] as? String == "node-0"))
            #expect(feeds.allSatisfy { $0["expires"] is String }, "\(node)")
            #expect(node["last_seen"] is String, "\(node)")
        }

        let text = try await CommandRun.tradewatch(["status", "--config", nodes[1].configPath])
        #expect(text.status == 0, "\(text.stderr)")
        print("tradewatch status on node-1 of two:\n\(text.stdout)")
        #expect(text.stdout.contains("store: \(url), node node-1, database answers\n"), "\(text.stdout)")
        #expect(text.stdout.contains("\n  node-1 (this node): "), "\(text.stdout)")
        #expect(text.stdout.contains("\n  node-0: "), "\(text.stdout)")
        for node in nodes {
            node.signal(SIGTERM)
            #expect(await node.waitForExit(timeout: 30) == 0, "stderr: \(node.stderr.suffix(2000))")
        }
    }

    @Test func aDatabaseOutageLosesAndRepeatsNothing() async throws {
        let server = try await TestPostgres.start()
        let url = try await server.createDatabase("outage")
        let feeds = try (0..<2).map { _ in try LiveFeedServer(items: [ChangingFeeds.item(1000)]) }
        let nodes = try Self.nodes(2, feeds: feeds.map(\.url), databaseURL: url)
        for node in nodes { try node.start() }
        let adder = Self.growing(feeds)
        #expect(await nodes[0].waitForLog(atLeast: 3, timeout: 60), "stderr: \(nodes[0].stderr.suffix(2000))")
        // Both nodes listed, so the list read last is there to show during the outage.
        #expect(try await eventually(timeout: 30) {
            let listed = (try await Self.clusterStatus(nodes[0])["nodes"] as? [[String: Any]] ?? []).count == 2
            if !listed { try await Task.sleep(for: .milliseconds(250)) }
            return listed
        })
        try await server.stop()
        // Items keep arriving while the database is away; the nodes keep running and say so.
        #expect(await eventually(timeout: 60) { nodes.allSatisfy { $0.stderr.contains("database unreachable") } },
                "stderr: \(nodes[0].stderr.suffix(2000))")
        let down = try await Self.clusterStatus(nodes[0])
        #expect(down["database_answers"] as? Bool == false, "\(down)")
        #expect(down["unreachable_since"] is String && down["unreachable_reason"] is String, "\(down)")
        #expect((down["nodes"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String } == ["node-0", "node-1"],
                "the list read last: \(down)")
        #expect(down["nodes_read"] is String, "\(down)")
        // 30 s away, as an operator's restart of the database might take.
        try await Task.sleep(for: .seconds(30))
        for node in nodes { #expect(await node.waitForExit(timeout: 0.1) == nil, "a node ended during the outage") }
        try await server.restart()
        try await Task.sleep(for: .seconds(2))
        adder.cancel()
        await adder.value
        try await Self.expectConverged(nodes, feeds: feeds, server: server, url: url, seed: 0)
        #expect(nodes.allSatisfy { $0.stderr.contains("database answers again") })
        #expect(try await Self.clusterStatus(nodes[0])["database_answers"] as? Bool == true)
        for node in nodes {
            node.signal(SIGTERM)
            #expect(await node.waitForExit(timeout: 30) == 0, "stderr: \(node.stderr.suffix(2000))")
        }
        try await server.stop()
    }
}
