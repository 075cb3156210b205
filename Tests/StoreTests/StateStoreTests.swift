import Foundation
import Model
import PostgresStore
import Store
import Testing

@Suite struct StateStoreTests {
    let dir = FileManager.default.temporaryDirectory
        .appendingPathComponent("tw-store-\(UUID().uuidString)").path

    func alert(_ item: String, topic: Topic = .tariffs) -> Alert {
        Alert(id: 0, time: Date(timeIntervalSince1970: 1_764_000_000), kind: .positionChange, severity: .high,
              topic: topic, actor: .us, direction: .easing, modality: .action,
              baseline: .init(position: "us-tariffs", stance: "in force"),
              item: .init(feed: "http://f", id: item, title: "t", link: nil, published: nil),
              evidence: "e", matched: ["tariff"])
    }

    /// This test's store of `kind` (a PostgreSQL store: a fresh database on
    /// the run's test server; `reopen` opens the same one again).
    func open(_ kind: StoreKind, reopen: Bool = false) async throws -> any StateStoring {
        try await StoreLab.open(kind, directory: dir, reopen: reopen)
    }

    func commit(_ store: any StateStoring, items: [String]) async throws -> [StoredAlert] {
        // One host holds every lease; a cluster's node must hold the feed's.
        _ = try await store.acquireLeases([(url: "http://f", interval: .seconds(600))])
        return try await store.commit(FeedCommit(
            url: "http://f", etag: "\"e1\"", lastModified: nil, time: Date(),
            seen: items.map { SeenItem(itemID: $0, textHash: "t-\($0)", claims: "h-\($0)") },
            alerts: items.map { alert($0) },
            moves: [(LedgerEntry(topic: "tariffs", actor: "US", stance: "cut", direction: "easing",
                                 modality: "action", alertID: nil, updated: Date()), 0)]))
    }

    @Test(arguments: StoreKind.allCases) func commitAssignsStrictlyIncreasingIDsThatSurviveReopen(kind: StoreKind) async throws {
        var store = try await open(kind)
        let first = try await commit(store, items: ["a", "b"])
        #expect(first.map(\.id) == [1, 2])
        store = try await open(kind, reopen: true)
        let second = try await commit(store, items: ["c"])
        #expect(second.map(\.id) == [3])
        #expect(try await store.lastAlertID() == 3)
        let stored = try await store.alerts(after: 1, limit: 100)
        #expect(stored.map(\.id) == [2, 3])
        #expect(stored[0].record.hasPrefix("{\"id\":2,"))
    }

    @Test(arguments: StoreKind.allCases) func committedAlertsAreSerialisedOnceAndReadBackAsCommitted(kind: StoreKind) async throws {
        let store = try await open(kind)
        let committed = try await commit(store, items: ["a"])
        var alert = alert("a")
        alert.id = committed[0].id
        #expect(committed[0].record == alert.jsonLine, "the record's bytes are the alert's serialisation")
        #expect(committed[0].facets == AlertFacets(alert))
        #expect(try await store.alerts(after: 0, limit: 10) == committed)
    }

    @Test(arguments: StoreKind.allCases) func recentMovesWithALimitAreTheLastOnesInIDOrder(kind: StoreKind) async throws {
        let store = try await open(kind)
        _ = try await commit(store, items: ["a", "b", "c", "d"])
        let since = Date(timeIntervalSince1970: 0)
        #expect(try await store.recentMoves(since: since, limit: nil).map(\.id) == [1, 2, 3, 4])
        #expect(try await store.recentMoves(since: since, limit: 2).map(\.id) == [3, 4])
    }

    @Test(arguments: StoreKind.allCases) func seenItemsAmongIDsReadsOnlyThoseTheBodyHolds(kind: StoreKind) async throws {
        let store = try await open(kind)
        _ = try await commit(store, items: ["a", "b", "c"])
        let seen = try await store.seenItems(feed: "http://f", ids: ["a", "c", "new"])
        #expect(seen.keys.sorted() == ["a", "c"])
        #expect(seen["c"] == SeenItem(itemID: "c", textHash: "t-c", claims: "h-c"))
        #expect(try await store.seenItems(feed: "http://f").count == 3)
    }

    @Test(arguments: StoreKind.allCases) func recentMovesReadTheStoryBackFromTheStoredFacets(kind: StoreKind) async throws {
        let store = try await open(kind)
        let committed = try await commit(store, items: ["a"])
        let moves = try await store.recentMoves(since: Date(timeIntervalSince1970: 1_763_000_000), limit: nil)
        #expect(moves == [AlertedMove(id: committed[0].id, facets: AlertFacets(
            time: Date(timeIntervalSince1970: 1_764_000_000), severity: "high", topic: "tariffs", actor: "US",
            direction: "easing", modality: "action", title: "t", matched: ["tariff"]))])
        #expect(try await store.recentMoves(since: Date(timeIntervalSince1970: 1_765_000_000), limit: nil).isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func commitMarksItemsSeenSavesValidatorsAndMovesLedger(kind: StoreKind) async throws {
        let store = try await open(kind)
        let committed = try await commit(store, items: ["a"])
        #expect(try await store.seenItems(feed: "http://f") == ["a": SeenItem(itemID: "a", textHash: "t-a", claims: "h-a")])
        let feed = try #require(try await store.feed("http://f"))
        #expect(feed.etag == "\"e1\"")
        #expect(!feed.isFirstContact)
        let ledger = try await store.ledger()
        #expect(ledger.count == 1)
        #expect(ledger[0].alertID == committed[0].id)
    }

    @Test(arguments: StoreKind.allCases) func failuresAreCountedAndResetBySuccess(kind: StoreKind) async throws {
        let store = try await open(kind)
        let t = Date()
        try await store.recordFailure(url: "http://f", error: "HTTP 500", time: t, retryAfter: nil)
        try await store.recordFailure(url: "http://f", error: "HTTP 503", time: t.addingTimeInterval(60),
                                      retryAfter: t.addingTimeInterval(120))
        var feed = try #require(try await store.feed("http://f"))
        #expect(feed.failures == 2)
        #expect(feed.lastError == "HTTP 503")
        #expect(feed.failingSince.map { abs($0.timeIntervalSince(t)) < 0.001 } == true)
        try await store.recordNotModified(url: "http://f", etag: "\"x\"", lastModified: nil, time: t)
        feed = try #require(try await store.feed("http://f"))
        #expect(feed.failures == 0)
        #expect(feed.failingSince == nil)
        #expect(feed.etag == "\"x\"")
    }

    @Test(arguments: StoreKind.allCases) func anUnprocessableBodyKeepsItsValidatorsUntilAGoodOneIsCommitted(kind: StoreKind) async throws {
        let store = try await open(kind)
        try await store.recordUnprocessable(url: "http://f", error: "not a feed", time: Date(), etag: "\"b1\"",
                                            lastModified: "Tue, 24 Nov 2026 10:00:00 GMT", bodyHash: "h-broken")
        var record = try #require(try await store.feed("http://f"))
        #expect(record.etag == "\"b1\"")
        #expect(record.lastModified == "Tue, 24 Nov 2026 10:00:00 GMT")
        #expect(record.bodyHash == "h-broken")
        #expect(record.bodyError == "not a feed")
        #expect(record.failures == 1)
        #expect(record.isFirstContact)

        _ = try await commit(store, items: ["a"])
        record = try #require(try await store.feed("http://f"))
        #expect(record.bodyError == nil)
        #expect(record.failures == 0)
    }

    @Test func corruptDatabaseIsAnErrorNamingTheFile() throws {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/state.db"
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try StateStore(directory: dir)
        } throws: { error in
            "\(error)".contains(path)
        }
    }

    @Test func stateFolderThatCannotBeMadeIsAFolderErrorNamingItNotAnSQLiteError() throws {
        // A file where a parent folder should be: mkdir fails with ENOTDIR.
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let file = dir + "/plain"
        #expect(FileManager.default.createFile(atPath: file, contents: Data()))
        #expect {
            _ = try StateStore(directory: file + "/state")
        } throws: { error in
            guard case StateDatabaseError.folderNotCreated(let folder, let at, let reason) = error else { return false }
            return folder == file + "/state" && at == file + "/state" && reason == "Not a directory"
        }
    }

    @Test func databaseOfANewerTradewatchIsASchemaErrorNamingTheFile() throws {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        _ = try StateStore(directory: dir)
        let path = dir + "/state.db"
        let bump = Process()
        bump.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        bump.arguments = [path, "PRAGMA user_version = 999"]
        try bump.run()
        bump.waitUntilExit()
        #expect(bump.terminationStatus == 0)
        #expect {
            _ = try StateStore(directory: dir)
        } throws: { error in
            guard case StateDatabaseError.newerSchema(path, 999, _) = error else { return false }
            return "\(error)".contains(path)
        }
    }

    @Test(arguments: StoreKind.allCases) func logHighWaterOnlyGrows(kind: StoreKind) async throws {
        let store = try await open(kind)
        try await store.setLogHighWater(5)
        try await store.setLogHighWater(3)
        #expect(try await store.logHighWater() == 5)
    }
}
