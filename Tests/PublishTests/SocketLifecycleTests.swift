#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Logging
import Publish
import Testing
import TestSupport

@Suite struct SocketLifecycleTests {
    @Test func socketIsCreatedWithMode0660() async throws {
        let fixture = try await SocketFixture()
        let mode = try FileManager.default.attributesOfItem(atPath: fixture.path)[.posixPermissions] as? Int
        #expect(mode == 0o660)
    }

    @Test func configuredModeIsAppliedWhateverTheUmask() async throws {
        let fixture = try await SocketFixture(mode: 0o600)
        let mode = try FileManager.default.attributesOfItem(atPath: fixture.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func socketGetsTheConfiguredGroup() async throws {
        let group = try #require(getgrgid(getegid()))
        let name = String(cString: group.pointee.gr_name)
        let fixture = try await SocketFixture(group: name)
        var info = stat()
        #expect(stat(fixture.path, &info) == 0)
        #expect(info.st_gid == getegid())
    }

    @Test func unknownGroupIsAnErrorNamingPathAndGroup() async throws {
        let fixture = try await SocketFixture()
        let path = fixture.folder + "/g.sock"
        let server = AlertSocketServer(options: .init(path: path, group: "no-such-group-tw"),
                                       source: AlertSource(alerts: { _, _ in [] }, lastID: { 0 }, status: { "{}" }),
                                       logger: Logger(label: "test"))
        do {
            try await server.start()
            Issue.record("started with an unknown group")
        } catch {
            #expect(error.description == "\(path): chown: no such group 'no-such-group-tw'")
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func staleSocketFromACrashIsReplaced() async throws {
        let fixture = try await SocketFixture()
        await fixture.server.stop()
        // A socket file nobody listens on, as a killed daemon leaves it.
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in fixture.path.utf8.enumerated() { raw[i] = b }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0)
        close(fd)
        #expect(FileManager.default.fileExists(atPath: fixture.path))

        let again = SocketFixture.makeServer(path: fixture.path, store: fixture.store, logs: fixture.logs)
        try await again.start()
        defer { again.stop() }
        let connection = try LineConnection(path: fixture.path)
        #expect(try await connection.next()?.hasPrefix(#"{"type":"hello""#) == true)
    }

    @Test func liveSocketIsAnErrorThatSaysAnotherDaemonListens() async throws {
        let fixture = try await SocketFixture()
        let second = SocketFixture.makeServer(path: fixture.path, store: fixture.store, logs: fixture.logs)
        await #expect(throws: SocketError.self) { try await second.start() }
        do {
            try await second.start()
        } catch {
            #expect(error.description.contains("another tradewatch is listening on \(fixture.path)"))
        }
        // The first one still serves.
        let connection = try fixture.connect()
        #expect(try await connection.next()?.hasPrefix(#"{"type":"hello""#) == true)
    }

    @Test func somethingElseAtThePathIsNeverRemoved() async throws {
        let fixture = try await SocketFixture()
        let path = fixture.folder + "/file.sock"
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: path))
        let server = SocketFixture.makeServer(path: path, store: fixture.store, logs: fixture.logs)
        await #expect(throws: SocketError.self) { try await server.start() }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
    }

    @Test func tooLongPathIsAnErrorNamingIt() async throws {
        let fixture = try await SocketFixture()
        let path = "/tmp/" + String(repeating: "x", count: 120) + ".sock"
        let server = SocketFixture.makeServer(path: path, store: fixture.store, logs: fixture.logs)
        do {
            try await server.start()
            Issue.record("a 130-byte socket path was accepted")
        } catch {
            #expect(error.path == path)
            #expect(error.description.contains("108") || error.description.contains("107"))
        }
    }

    @Test func stopRemovesTheSocketFile() async throws {
        let fixture = try await SocketFixture()
        #expect(FileManager.default.fileExists(atPath: fixture.path))
        await fixture.server.stop()
        #expect(!FileManager.default.fileExists(atPath: fixture.path))
    }

    @Test func activatedSocketIsUsedAndLeftInPlace() async throws {
        let fixture = try await SocketFixture()
        await fixture.server.stop()
        // A listening socket made by someone else (systemd), handed over as an fd.
        let path = fixture.folder + "/act.sock"
        let fd = SocketFixture.listeningSocket(at: path)
        let server = SocketFixture.makeServer(path: fixture.folder + "/unused.sock", store: fixture.store, logs: fixture.logs)
        try await server.start(activatedFD: fd)
        let connection = try LineConnection(path: path)
        #expect(try await connection.next()?.hasPrefix(#"{"type":"hello""#) == true)
        await server.stop()
        #expect(!FileManager.default.fileExists(atPath: fixture.folder + "/unused.sock"))
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func activationIsIgnoredWhenMeantForAnotherProcess() throws {
        #expect(try SocketActivation.takeListeningSocket(
            environment: ["LISTEN_PID": "\(getpid() + 1)", "LISTEN_FDS": "1"]) == nil)
        #expect(try SocketActivation.takeListeningSocket(
            environment: ["LISTEN_PID": "\(getpid())", "LISTEN_FDS": "0"]) == nil)
        #expect(try SocketActivation.takeListeningSocket(environment: [:]) == nil)
    }
}
