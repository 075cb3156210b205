import Foundation
@testable import PostgresStore
import TestSupport
import Testing

/// How a postgres-nio connection is opened and how its failures read: a host
/// name is resolved, an address is not; each failure names the database, the
/// operation and what went wrong.
@Suite struct PostgresConnectTests {
    func connection(_ url: String) throws -> PGConnection {
        let target = try PostgresTarget.parse(url: url, passwordFile: nil, environment: [:])
        return PGConnection(PostgresStore.settings(target, node: "connect"), location: target.location)
    }

    @Test func aHostNameIsResolvedAndAnAddressIsUsedAsItIs() async throws {
        let url = try await TestPostgres.shared().createDatabase("connect")
        #expect(try PostgresTarget.parse(url: url, passwordFile: nil, environment: [:]).address != nil)
        let named = url.replacingOccurrences(of: "127.0.0.1", with: "localhost")
        #expect(try PostgresTarget.parse(url: named, passwordFile: nil, environment: [:]).address == nil)
        let db = try connection(named)
        defer { db.close() }
        #expect(try db.exec("select one", "SELECT 1").first?.text(0) == "1")
    }

    @Test func nothingListeningIsAnErrorNamingTheAddressAndOperation() throws {
        let db = try connection("postgresql://tradewatch@127.0.0.1:1/none")
        let error = #expect(throws: PostgresStoreError.self) { try db.exec("read the nodes", "SELECT 1") }
        let text = error.map { "\($0)" } ?? ""
        #expect(text.contains("127.0.0.1:1/none: read the nodes: cannot connect to 127.0.0.1:1"), "\(text)")
    }

    @Test func aServerErrorCarriesItsMessageAndSQLSTATE() async throws {
        let url = try await TestPostgres.shared().createDatabase("connect")
        let db = try connection(url)
        defer { db.close() }
        let error = #expect(throws: PostgresStoreError.self) { try db.exec("read a table", "SELECT * FROM no_such_table") }
        #expect(error?.sqlState == "42P01")
        #expect(error.map { "\($0)" }?.contains("read a table: relation \"no_such_table\" does not exist (SQLSTATE 42P01)") == true,
                "\(error.map { "\($0)" } ?? "")")
        // The connection survives a statement's error.
        #expect(try db.exec("select one", "SELECT 1").first?.text(0) == "1")
    }

    @Test func cellsOfTheTypesTheStoreReadsComeBackAsLibpqText() async throws {
        let url = try await TestPostgres.shared().createDatabase("connect")
        let db = try connection(url)
        defer { db.close() }
        let row = try db.exec("read types", """
            SELECT 42::int2, 7::int8, 1.5::float8, true, 'x'::text, NULL::text, $1, $2::int8
            """, ["a'b", "9"]).first
        #expect(row == ["42", "7", "1.5", "t", "x", nil, "a'b", "9"])
        let numeric = #expect(throws: PostgresStoreError.self) { try db.exec("read numeric", "SELECT 1.5::numeric AS n") }
        #expect(numeric.map { "\($0)" }?.contains("column \"n\" of type") == true)
    }
}
