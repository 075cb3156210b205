import Foundation
import Testing
import TestSupport

/// Faults around the daemon: a log that cannot be written, a state database
/// that cannot be trusted, a baseline that is missing or wrong.
@Suite(.serialized) struct DaemonFaultTests {
    static func item(_ n: Int) -> LiveFeedServer.Item {
        let (title, text) = GoodFeed.moves[n % GoodFeed.moves.count]
        return LiveFeedServer.Item(guid: "fault-\(n)", title: title, description: text)
    }

    /// `SELECT id FROM alerts` through the sqlite3 command-line tool, as an
    /// operator would look.
    static func storedAlertIDs(_ daemon: DaemonProcess) async -> [Int] {
        let run = try? await CommandRun.run("/usr/bin/sqlite3", ["-readonly", daemon.folder + "/state/state.db",
                                                                 "SELECT id FROM alerts ORDER BY id"])
        return (run?.stdout ?? "").split(separator: "\n").compactMap { Int($0) }
    }

    static func loggedIDs(_ daemon: DaemonProcess) -> [Int] {
        GoodFeed.records(daemon.logLines().joined(separator: "\n")).compactMap { $0["id"] as? Int }
    }

    /// How long a wait may last before it counts as a failure. It bounds
    /// failures only (a wait returns as soon as its condition holds), so it
    /// is generous: with every suite running at once on two cores, the
    /// pool that resumes these waits can be busy for tens of seconds.
    static let patience: Double = 90

    static func wait(timeout: Double, until condition: () async -> Bool) async -> Bool {
        await eventually(timeout: timeout, condition)
    }

    @Test func fullDiskKeepsAlertsInTheStoreAndTheLogCatchesUpOnce() async throws {
        let feed = try LiveFeedServer(items: [Self.item(0), Self.item(1)])
        let daemon = try DaemonProcess(feeds: [feed.url])
        // open() succeeds on /dev/full and every write fails with ENOSPC.
        try FileManager.default.createSymbolicLink(atPath: daemon.logPath, withDestinationPath: "/dev/full")
        try daemon.start()
        #expect(await Self.wait(timeout: Self.patience) { await Self.storedAlertIDs(daemon).count >= 2 }, "\(daemon.stderr)")
        #expect(await Self.wait(timeout: Self.patience) { daemon.stderr.contains("alert log not written") }, "\(daemon.stderr)")
        #expect(daemon.stderr.contains("No space left on device"), "the reason is logged: \(daemon.stderr)")

        feed.add(Self.item(2))
        #expect(await Self.wait(timeout: Self.patience) { await Self.storedAlertIDs(daemon).count >= 3 }, "still polling and committing")
        #expect(await daemon.waitForExit(timeout: 0.1) == nil, "still running: \(daemon.stderr)")

        try FileManager.default.removeItem(atPath: daemon.logPath)
        daemon.signal(SIGHUP)
        #expect(await Self.wait(timeout: Self.patience) { let stored = await Self.storedAlertIDs(daemon); return Self.loggedIDs(daemon).count >= stored.count })
        feed.add(Self.item(3))
        #expect(await Self.wait(timeout: Self.patience) { await Self.storedAlertIDs(daemon).count >= 4 })
        #expect(await Self.wait(timeout: Self.patience) { let stored = await Self.storedAlertIDs(daemon); return Self.loggedIDs(daemon) == stored })
        daemon.signal(SIGTERM)
        #expect(await daemon.waitForExit(timeout: 10) == 0)

        let logged = Self.loggedIDs(daemon)
        #expect(logged.count == daemon.logLines().count, "every line is a whole alert")
        let stored = await Self.storedAlertIDs(daemon)
        #expect(logged == stored, "every stored alert logged once, in order: \(logged)")
        #expect(logged.count >= 4)
    }

    @Test func fullDiskThatClearsCatchesUpWithoutASignal() async throws {
        let feed = try LiveFeedServer(items: [Self.item(0)])
        let daemon = try DaemonProcess(feeds: [feed.url])
        try FileManager.default.createSymbolicLink(atPath: daemon.logPath, withDestinationPath: "/dev/full")
        try daemon.start()
        #expect(await Self.wait(timeout: Self.patience) { daemon.stderr.contains("alert log not written") }, "\(daemon.stderr)")
        // Space comes back (here: the path becomes a writable file) and no
        // new alert comes to trigger a write: the daemon must retry by itself.
        try FileManager.default.removeItem(atPath: daemon.logPath)
        #expect(await Self.wait(timeout: Self.patience) { let stored = await Self.storedAlertIDs(daemon); return !stored.isEmpty && Self.loggedIDs(daemon) == stored },
                "\(daemon.stderr.suffix(1500))")
        daemon.signal(SIGTERM)
        #expect(await daemon.waitForExit(timeout: 10) == 0)
    }

    @Test func logThatCannotBeOpenedAtStartDoesNotStopTheDaemon() async throws {
        let feed = try LiveFeedServer(items: [Self.item(0), Self.item(1)])
        let daemon = try DaemonProcess(feeds: [feed.url])
        // A folder where the log file should be: open() fails with EISDIR
        // (as root, permissions cannot make a file unwritable).
        try FileManager.default.createDirectory(atPath: daemon.logPath, withIntermediateDirectories: true)
        try daemon.start()
        #expect(await Self.wait(timeout: Self.patience) { await Self.storedAlertIDs(daemon).count >= 2 }, "\(daemon.stderr)")
        #expect(daemon.stderr.contains("cannot open the alert log") && daemon.stderr.contains(daemon.logPath), "\(daemon.stderr)")
        #expect(await daemon.waitForExit(timeout: 0.1) == nil, "still running: \(daemon.stderr)")
        try FileManager.default.removeItem(atPath: daemon.logPath)
        #expect(await Self.wait(timeout: Self.patience) { let stored = await Self.storedAlertIDs(daemon); return stored.count >= 2 && Self.loggedIDs(daemon) == stored },
                "\(daemon.stderr.suffix(1500))")
        daemon.signal(SIGTERM)
        #expect(await daemon.waitForExit(timeout: 10) == 0)
        let finallyStored = await Self.storedAlertIDs(daemon)
        #expect(Self.loggedIDs(daemon) == finallyStored)
    }

    @Test func stateDatabaseThatIsAFolderIsAnErrorNamingIt() async throws {
        let daemon = try DaemonProcess(feeds: [])
        try FileManager.default.createDirectory(atPath: daemon.folder + "/state/state.db", withIntermediateDirectories: true)
        let run = try await MeasuredRun.tradewatch(["run", "--config", daemon.configPath, "--once"], limit: 10)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains(daemon.folder + "/state/state.db"), "\(run.stderr)")
    }

    /// Runs the daemon once over a good feed so the store and the log hold alerts.
    private func usedDaemon() async throws -> (DaemonProcess, feed: String, logged: Int) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tw-feed-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let feed = try GoodFeed.write(to: folder, count: 3)
        let daemon = try DaemonProcess(feeds: [feed])
        let first = try await MeasuredRun.tradewatch(["run", "--config", daemon.configPath, "--once"], limit: 30)
        #expect(first.status == 0, "\(first)")
        return (daemon, feed, daemon.logLines().count)
    }

    @Test func corruptedPagesInAUsedStateAreAnErrorNotAFreshStart() async throws {
        let (daemon, _, logged) = try await usedDaemon()
        #expect(logged == 3)
        let path = daemon.folder + "/state/state.db"
        // Move everything out of the WAL into the main file, so the garbage hits real pages.
        let checkpoint = Process()
        checkpoint.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        checkpoint.arguments = [path, "PRAGMA wal_checkpoint(TRUNCATE)"]
        checkpoint.standardOutput = FileHandle.nullDevice
        try checkpoint.run()
        checkpoint.waitUntilExit()
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        let size = try handle.seekToEnd()
        #expect(size > 4096 * 4, "pages to corrupt: \(size) bytes")
        // Garbage over every page but the first (the header stays valid).
        try handle.seek(toOffset: 4096)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: Int(size) - 4096))
        try handle.close()
        let run = try await MeasuredRun.tradewatch(["run", "--config", daemon.configPath, "--once"], limit: 30)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains(path), "\(run.stderr)")
        #expect(daemon.logLines().count == logged, "nothing re-alerted")
    }

    @Test func emptiedStateWithAlertsInTheLogIsAnErrorNotAFreshStart() async throws {
        let (daemon, _, logged) = try await usedDaemon()
        let path = daemon.folder + "/state/state.db"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        // A zero-byte file is a valid empty SQLite database: only the log
        // can tell that this state has lost its history.
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        let run = try await MeasuredRun.tradewatch(["run", "--config", daemon.configPath, "--once"], limit: 30)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains(path) && run.stderr.contains(daemon.logPath), "\(run.stderr)")
        #expect(daemon.logLines().count == logged, "nothing re-alerted")
    }

    @Test func missingBaselineIsAnErrorNamingTheFile() async throws {
        let daemon = try DaemonProcess(feeds: [])
        let missing = daemon.folder + "/no-such-baseline.toml"
        let config = try String(contentsOfFile: daemon.configPath, encoding: .utf8)
            .replacingOccurrences(of: #"baseline = "[^"]*""#, with: "baseline = \"\(missing)\"", options: .regularExpression)
        try config.write(toFile: daemon.configPath, atomically: true, encoding: .utf8)
        let run = try await MeasuredRun.tradewatch(["run", "--config", daemon.configPath, "--once"], limit: 10)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains(missing), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: daemon.folder + "/state/state.db"), "stopped before touching the state")
        let scan = try await MeasuredRun.tradewatch(["scan", "--baseline", missing, daemon.configPath], limit: 10)
        #expect(scan.status == 1 && scan.stderr.contains(missing), "\(scan)")
    }

    /// Regression (found by FuzzConfig): a table header starting with a
    /// character no key can start with (here invalid UTF-8, repaired to
    /// U+FFFD) tripped an assertion inside TOMLKit and aborted the process.
    /// Config.TOMLSyntaxGuard refuses them now; TOMLSyntaxGuardTests has more.
    @Test func tableHeadersThatCrashedTOMLKitAreCleanErrors() async throws {
        let daemon = try DaemonProcess(feeds: [])
        let config = try String(contentsOfFile: daemon.configPath, encoding: .utf8)
        let headers: [[UInt8]] = [Array("[[".utf8) + [0xF5, 0xF5] + Array("feed]]".utf8), Array("[é]".utf8),
                                  Array("[#]".utf8), Array("[[[a]]]".utf8), Array("[[".utf8), Array("[ \r".utf8), Array("[\rfeed]]".utf8),
                                  Array("# '''' ''' comment\n[[\u{1B}feed]]".utf8),
                                  // Triple quotes inside a one-line string: the old line-by-line
                                  // check took them for a multi-line string and let [é] through.
                                  Array("a = \"'''\"\n[é]".utf8)]
        for header in headers {
            try Data(Array(config.utf8) + [0x0A] + header + [0x0A]).write(to: URL(fileURLWithPath: daemon.configPath))
            // The bad header is the last line of `header`.
            let extra = header.filter { $0 == 0x0A }.count
            let line = config.components(separatedBy: "\n").count + 1 + extra
            let checked = try await MeasuredRun.tradewatch(["check-config", "--config", daemon.configPath], limit: 10)
            #expect(checked.status == 1 && checked.stderr.contains("\(daemon.configPath):\(line): not valid TOML"), "\(checked)")
            let baseline = daemon.folder + "/baseline.toml"
            try Data(header + Array("\nid = 1\n".utf8)).write(to: URL(fileURLWithPath: baseline))
            let scan = try await MeasuredRun.tradewatch(["scan", "--baseline", baseline, daemon.configPath], limit: 10)
            #expect(scan.status == 1 && scan.stderr.contains("\(baseline):\(1 + extra)"), "\(scan)")
        }
    }

    @Test func invalidBaselineIsAnErrorNamingFileLineAndKey() async throws {
        let daemon = try DaemonProcess(feeds: [])
        let seeds = TradewatchBinary.repoRoot().appendingPathComponent("seeds/baseline.toml").path
        let original = try String(contentsOfFile: seeds, encoding: .utf8)
        var lines = original.components(separatedBy: "\n")
        let topicLine = try #require(lines.firstIndex { $0.hasPrefix("topic = ") })
        lines[topicLine] = "topic = \"moon-landings\""
        let badValue = daemon.folder + "/bad-value.toml"
        try lines.joined(separator: "\n").write(toFile: badValue, atomically: true, encoding: .utf8)
        let badSyntax = daemon.folder + "/bad-syntax.toml"
        try (original + "\n[[position]\nid = \n").write(toFile: badSyntax, atomically: true, encoding: .utf8)
        let syntaxLine = original.components(separatedBy: "\n").count + 1

        for (file, line, key) in [(badValue, topicLine + 1, "topic"), (badSyntax, syntaxLine, nil)] {
            let config = try String(contentsOfFile: daemon.configPath, encoding: .utf8)
                .replacingOccurrences(of: #"baseline = "[^"]*""#, with: "baseline = \"\(file)\"", options: .regularExpression)
            try config.write(toFile: daemon.configPath, atomically: true, encoding: .utf8)
            for arguments in [["run", "--config", daemon.configPath, "--once"], ["scan", "--baseline", file, daemon.configPath]] {
                let run = try await MeasuredRun.tradewatch(arguments, limit: 10)
                #expect(run.status == 1, "\(arguments[0]): \(run)")
                #expect(run.stderr.contains("\(file):\(line)"), "\(arguments[0]) names file and line \(line): \(run.stderr)")
                if let key { #expect(run.stderr.contains(key), "\(arguments[0]) names the key: \(run.stderr)") }
            }
        }
    }
}
