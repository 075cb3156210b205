import Foundation
import Model
import Sinks
import Store
import Testing
import TestSupport

/// Mail through a stand-in `sendmail` that records what it was given.
@Suite struct MailSinkTests {
    /// A `sendmail` stand-in writing each message to `<folder>/<n>.eml`; it exits `status`.
    static func standIn(exiting status: Int = 0) throws -> (path: String, folder: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tw-mail-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/sendmail"
        try ExecutableScript.write("#!/bin/sh\ncat > \"\(folder)/$(date +%s%N).eml\"\nexit \(status)\n", to: path)
        return (path, folder)
    }

    static func messages(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".eml") }.sorted()
            .map { try String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }
    }

    @Test func digestSendsOneMessagePerPassWithEveryAlert() async throws {
        let fixture = try SinkFixture()
        let sendmail = try Self.standIn()
        let sink = MailSink(name: "desk", to: "desk@example.org", from: "tradewatch@example.org", sendmail: sendmail.path, digest: true)
        let runner = SinkRunner(sink: sink, filter: AlertFilter(), store: fixture.store, logger: fixture.logger)
        await runner.prepare()
        try await fixture.commit([SinkFixture.alert("a"), SinkFixture.alert("b", topic: .tariffs, actor: .us)])
        #expect(await runner.pass())
        let messages = try Self.messages(in: sendmail.folder)
        #expect(messages.count == 1)
        let message = try #require(messages.first)
        #expect(message.contains("Subject: [tradewatch] 2 alerts: China eases rare-earth-exports (action); US eases tariffs (action)\n"))
        #expect(message.contains("From: tradewatch@example.org\n"))
        #expect(message.contains("China suspends rare earth controls (a)") && message.contains("China suspends rare earth controls (b)"))
        #expect(message.contains("Message-ID: <tradewatch-alert-1-2@tradewatch.invalid>"))
    }

    @Test func aSendmailThatFailsLeavesTheAlertToRetry() async throws {
        let fixture = try SinkFixture()
        let sendmail = try Self.standIn(exiting: 75)
        let sink = MailSink(name: "desk", to: "desk@example.org", from: nil, sendmail: sendmail.path, digest: false)
        let runner = SinkRunner(sink: sink, filter: AlertFilter(), store: fixture.store, logger: fixture.logger)
        await runner.prepare()
        try await fixture.commit([SinkFixture.alert("a")])
        #expect(await runner.pass() == false)
        #expect(await runner.status().lastError?.contains("exited 75") == true)
        #expect(try await fixture.store.sinkHighWater("desk") == 0)
    }
}
