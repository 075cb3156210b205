import Foundation
@testable import PostgresStore
import TestSupport
import Testing

/// The URL's sslmode against real servers: one that takes TLS (a self-signed
/// certificate) and the shared one, which does not.
@Suite struct PostgresTLSTests {
    func connection(_ url: String, node: String = "tls") throws -> PGConnection {
        let target = try PostgresTarget.parse(url: url, passwordFile: nil, environment: [:])
        return PGConnection(PostgresStore.settings(target, node: node), location: target.location)
    }

    /// Whether the server sees this connection encrypted ("t" or "f").
    func encrypted(_ db: PGConnection) throws -> String? {
        try db.exec("read pg_stat_ssl", "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").first?.text(0)
    }

    @Test func sslmodeRequireEncryptsAndVerifyFullRefusesAnUntrustedCertificate() async throws {
        let server = try await TestPostgres.start(tls: true)
        let url = try await server.createDatabase("tls")
        // The whole store over TLS: its migrations ran.
        _ = try await StoreLab.postgres(url + "?sslmode=require", node: "tls")
        let db = try connection(url + "?sslmode=require")
        defer { db.close() }
        #expect(try encrypted(db) == "t")
        let plain = try connection(url)
        defer { plain.close() }
        #expect(try encrypted(plain) == "f", "sslmode=disable is the default")
        // The self-signed certificate is no trusted CA's.
        let strict = try connection(url + "?sslmode=verify-full")
        let refused = #expect(throws: PostgresStoreError.self) { try strict.exec("connect", "SELECT 1") }
        print("sslmode=verify-full, self-signed certificate: \(refused.map { "\($0)" } ?? "connected")")
        try await server.stop()
    }

    @Test func sslmodeRequireRefusesAServerWithoutTLSAndPreferFallsBack() async throws {
        let url = try await TestPostgres.shared().createDatabase("notls")
        let strict = try connection(url + "?sslmode=require")
        let refused = #expect(throws: PostgresStoreError.self) { try strict.exec("connect", "SELECT 1") }
        print("sslmode=require, server without TLS: \(refused.map { "\($0)" } ?? "connected")")
        let prefer = try connection(url + "?sslmode=prefer")
        defer { prefer.close() }
        #expect(try encrypted(prefer) == "f")
    }
}
