import Foundation

/// A real PostgreSQL on 127.0.0.1 that the tests start themselves
/// (scripts/test-postgres.sh: Debian's server, initdb into a temporary
/// folder, run as the unprivileged `postgres` user when the tests run as
/// root). It stops when the test process ends, however it ends.
public final class TestPostgres: Sendable {
    public let folder: String
    public let port: Int

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../scripts/test-postgres.sh").standardizedFileURL.path

    /// The server the whole test run shares (each test takes a database of its own).
    public static func shared() async throws -> TestPostgres { try await SharedServer.instance.server() }

    /// A server of its own (a test that stops and starts it); with `tls`, it
    /// also takes TLS connections (a self-signed certificate for `localhost`).
    public static func start(tls: Bool = false) async throws -> TestPostgres {
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
    public func createDatabase(_ prefix: String = "t") async throws -> String {
        let name = "\(prefix)_\(UUID().uuidString.prefix(8).lowercased())"
        try await script(["createdb", folder, name])
        return url(name)
    }

    public func url(_ database: String) -> String { "postgresql://tradewatch@127.0.0.1:\(port)/\(database)" }

    /// One SQL statement's rows, `|`-separated columns, one row a line.
    public func query(_ url: String, _ sql: String) async throws -> String {
        let database = String(url.split(separator: "/").last ?? "")
        return try await script(["psql", folder, database, sql])
    }

    /// Stops the server (fast shutdown); `restart` brings it back on the same port.
    public func stop() async throws { try await script(["stop", folder]) }

    public func restart() async throws {
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

public struct TestPostgresError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
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
