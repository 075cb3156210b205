import Foundation
import Testing
import TestSupport

/// logrotate as an operator runs it: rename the log, `systemctl reload`
/// (SIGHUP), with alerts arriving all the while and cycles kept long by slow
/// feeds; with `delaycompress` (the renamed file stays, uncompressed, until
/// the next rotation) and without (compressed and removed at once).
@Suite struct LogRotationTests {
    @Test(arguments: [false, true])
    func rotatedTwentyTimesEveryAlertIsInExactlyOneFileInOrder(delaycompress: Bool) async throws {
        let seed = TestSeed.make("log rotation, delaycompress \(delaycompress)")
        var rng = SeededGenerator(state: seed)
        let feeds = try ChangingFeeds(count: 4, seed: seed)
        defer { feeds.stop() }
        // A long transfer timeout: a cycle held at the gate must not end by itself.
        let daemon = try DaemonProcess(feeds: feeds.urls, interval: "1s", timeout: "120s")
        try daemon.start()
        let log = daemon.logPath
        let renamed = log + ".1"
        let files = FileManager.default
        #expect(await eventually(timeout: 30) { daemon.logLines().count >= 4 }, "seed \(seed): \(daemon.stderr)")

        var rotated: [String] = []
        for round in 1...20 {
            try await Task.sleep(for: .milliseconds(Int.random(in: 20...600, using: &rng)))
            // Every fourth rotation comes while a cycle is held open at the
            // gate: the reload must not wait for the cycle to end.
            let holdCycle = round % 4 == 0
            if holdCycle {
                feeds.closeGate()
                try #require(await eventually(timeout: 30) { feeds.waitingAtGate > 0 },
                             "round \(round): no cycle reached the gate; seed \(seed)")
            }
            if delaycompress, files.fileExists(atPath: renamed) {
                // This rotation compresses the previous one's file.
                rotated.append(try String(contentsOfFile: renamed, encoding: .utf8))
                try files.removeItem(atPath: renamed)
            }
            try files.moveItem(atPath: log, toPath: renamed)
            daemon.signal(SIGHUP)
            let reopened = await eventually(timeout: 30) { files.fileExists(atPath: log) }
            if holdCycle {
                #expect(feeds.waitingAtGate > 0, "round \(round): the cycle ended before the reload; seed \(seed)")
                feeds.openGate()
            }
            try #require(reopened, "round \(round): SIGHUP did not reopen the log; seed \(seed); \(daemon.stderr.suffix(2000))")
            // The new file appears when it is opened, a moment before the old one is closed: wait for the close.
            func stale() -> [String] { Self.openFiles(of: daemon.pid).filter { $0.hasPrefix(renamed) || $0.hasSuffix("(deleted)") } }
            let closed = await eventually(timeout: 60) { stale().isEmpty }
            #expect(closed, "round \(round): the rotated log is still open: \(stale()); seed \(seed)")
            if !delaycompress {
                rotated.append(try String(contentsOfFile: renamed, encoding: .utf8))
                try files.removeItem(atPath: renamed)
            }
        }

        feeds.freeze()
        func lines() -> [String] {
            let held = delaycompress ? (try? String(contentsOfFile: renamed, encoding: .utf8)) ?? "" : ""
            return (rotated + [held]).flatMap { $0.split(separator: "\n").map(String.init) } + daemon.logLines()
        }
        let served = feeds.served
        let complete = await eventually(timeout: 60) { Set(Self.itemIDs(lines())) == served }
        daemon.signal(SIGTERM)
        #expect(await daemon.waitForExit(timeout: 20) == 0, "SIGTERM exits 0; seed \(seed)")

        let all = lines()
        let records = all.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(records.count == all.count, "no torn or invalid line; seed \(seed)")
        let ids = records.compactMap { $0["id"] as? Int }
        #expect(ids == Array(1...max(1, ids.count)), "ids 1...n in file order, none lost or twice; seed \(seed)")
        let items = Self.itemIDs(all)
        #expect(complete && Set(items) == served,
                "every served item logged: \(served.subtracting(items).sorted().prefix(10)) missing; seed \(seed)")
        let pairs = records.map { "\(($0["item"] as? [String: Any])?["id"] ?? "?") \($0["topic"] ?? "?")" }
        #expect(Set(pairs).count == pairs.count, "no alert twice; seed \(seed)")
        print("log rotation (delaycompress \(delaycompress)): 20 rotations, \(ids.count) alerts in \(rotated.count + 1) files")
    }

    static func itemIDs(_ lines: [String]) -> [String] {
        lines.compactMap {
            let record = try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            return (record?["item"] as? [String: Any])?["id"] as? String
        }
    }

    /// What the process's descriptors point at (`/proc/PID/fd`).
    static func openFiles(of pid: Int32) -> [String] {
        let folder = "/proc/\(pid)/fd"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.compactMap { try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/" + $0) }
    }
}
