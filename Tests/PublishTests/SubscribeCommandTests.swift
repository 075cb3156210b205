import Foundation
import Model
import Publish
import Testing
import TestSupport

/// `tradewatch subscribe` run as a user runs it, against a server in this process.
@Suite struct SubscribeCommandTests {
    func tradewatch(_ arguments: [String]) async throws -> CommandRun {
        try await offThePool { try CommandRun.tradewatch(arguments) }
    }

    @Test func sinceZeroOncePrintsTheLoggedAlertsAsTheirRecords() async throws {
        let fixture = try await SocketFixture()
        let committed = try await fixture.commit(12, topics: [.tariffs, .talks])
        let run = try await tradewatch(["subscribe", "--socket", fixture.path, "--since", "0", "--once"])
        #expect(run.status == 0)
        #expect(run.stdout == committed.map { $0.record + "\n" }.joined())
    }

    @Test func topicAndSeverityFiltersReachTheServer() async throws {
        let fixture = try await SocketFixture()
        try await fixture.commit(6, topics: [.tariffs, .talks], severity: .low)
        try await fixture.commit(6, topics: [.tariffs, .talks], severity: .high)
        let run = try await tradewatch(["subscribe", "--socket", fixture.path, "--since", "0", "--once",
                                        "--topic", "talks", "--min-severity", "medium", "--format", "text"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.map { $0.prefix(3) } == ["#8 ", "#10", "#12"])
        #expect(lines.allSatisfy { $0.contains(" high talks China easing (action): Item ") })
    }

    @Test func missingDaemonIsExitOneNamingTheSocket() async throws {
        let run = try await tradewatch(["subscribe", "--socket", "/tmp/tw-absent-\(getpid()).sock", "--once"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("tradewatch: /tmp/tw-absent-\(getpid()).sock: connect: "))
    }

    @Test func unknownTopicIsAUsageError() async throws {
        let run = try await tradewatch(["subscribe", "--topic", "rare-earths"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("unknown topic 'rare-earths'"))
    }

    @Test func withoutOnceItKeepsPrintingLiveAlertsAfterTheReplay() async throws {
        let fixture = try await SocketFixture()
        try await fixture.commit(2)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TradewatchBinary.path)
        process.arguments = ["subscribe", "--socket", fixture.path, "--since", "1"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let reader = UncheckedBox(out.fileHandleForReading)
        let first = try await offThePool { reader.value.availableData }
        #expect(String(decoding: first, as: UTF8.self).hasPrefix("{\"id\":2,"))
        try await fixture.commit(1)
        let second = try await offThePool { reader.value.availableData }
        #expect(String(decoding: second, as: UTF8.self).hasPrefix("{\"id\":3,"))
    }
}
