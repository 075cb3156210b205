import Foundation

/// A real PostgreSQL on 127.0.0.1 that the tests start themselves
/// (scripts/test-postgres.sh: Debian's server, initdb into a temporary
/// folder, run as the unprivileged `postgres` user when the tests run as
/// root). It stops when the test process ends, however it ends.
package final class TestPostgres: Sendable {
    package let folder: String
    package let port: Int

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../scripts/test-postgres.sh").standardizedFileURL.path

    /// The server the whole test run shares (each test takes a database of its own).
    package static func shared() async throws -> TestPostgres { try await SharedServer.instance.server() }

    /// A server of its own (a test that stops and starts it); with `tls`, it
    /// also takes TLS connections (a self-signed certificate for `localhost`).
    package static func start(tls: Bool = false) async throws -> TestPostgres {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tw-pg-\(UUID().uuidString)").path
        let run = try await CommandRun.run("/bin/bash", [script, "start", folder, "", String(getpid())] + (tls ? ["tls"] : []))
        guard run.status == 0, let port = Int(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw TestPostgresError("cannot start PostgreSQL in \(folder): \(run.stderr)")
        }
        return TestPostgres(folder: folder, port: port)
    }

    init(folder: String, port: Int) {
        self.folder = folder
        self.port = port
    }

    /// A new empty database; its `postgresql://` URL (user `tradewatch`, trust authentication).
    package func createDatabase(_ prefix: String = "t") async throws -> String {
        let name = "\(prefix)_\(UUID().uuidString.prefix(8).lowercased())"
        try await script(["createdb", folder, name])
        return url(name)
    }

    package func url(_ database: String) -> String { "postgresql://tradewatch@127.0.0.1:\(port)/\(database)" }

    /// One SQL statement's rows, `|`-separated columns, one row a line.
    package func query(_ url: String, _ sql: String) async throws -> String {
        let database = String(url.split(separator: "/").last ?? "")
        return try await script(["psql", folder, database, sql])
    }

    /// Stops the server (fast shutdown); `restart` brings it back on the same port.
    package func stop() async throws { try await script(["stop", folder]) }

    package func restart() async throws {
        try await script(["start", folder, String(port), String(getpid())])
    }

    @discardableResult
    private func script(_ arguments: [String]) async throws -> String {
        let run = try await CommandRun.run("/bin/bash", [Self.script] + arguments)
        guard run.status == 0 else {
            throw TestPostgresError("test-postgres.sh \(arguments.joined(separator: " ")): \(run.stderr)")
        }
        return run.stdout
    }
}

package struct TestPostgresError: Error, CustomStringConvertible {
    package let description: String
    package init(_ description: String) { self.description = description }
}

/// Starts the shared server once per test process.
actor SharedServer {
    static let instance = SharedServer()
    private var started: Task<TestPostgres, any Error>?

    func server() async throws -> TestPostgres {
        if let started { return try await started.value }
        let task = Task { try await TestPostgres.start() }
        started = task
        return try await task.value
    }
}
