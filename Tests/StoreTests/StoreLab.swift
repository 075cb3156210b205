import Foundation
import PostgresStore
import Store
import TestSupport
import Testing

/// The two stores every store test runs against.
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres
    var testDescription: String { rawValue }
}

/// Opens the store of a kind for a test: SQLite in the test's folder, or
/// PostgreSQL in a database of the test's own on the run's test server.
enum StoreLab {
    /// The database each test folder got, so a reopen finds the same one.
    static let databases = Locked<[String: String]>([:])

    static func open(_ kind: StoreKind, directory: String, reopen: Bool = false,
                     node: String = "node-a") async throws -> any StateStoring {
        switch kind {
        case .sqlite:
            return try StateStore(directory: directory)
        case .postgres:
            let url: String
            if let known = databases.withLock({ $0[directory] }) {
                url = known
            } else {
                url = try await TestPostgres.shared().createDatabase()
                databases.withLock { $0[directory] = url }
            }
            return try await postgres(url, node: node)
        }
    }

    static func postgres(_ url: String, node: String) async throws -> PostgresStore {
        let target = try PostgresTarget.parse(url: url, passwordFile: nil, environment: [:])
        return try await PostgresStore.open(target: target, node: node)
    }
}
