import Foundation
import Model
import Publish
import Testing

@Suite struct AlertLogTests {
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("tw-log-\(UUID().uuidString).jsonl").path

    func stored(_ ids: ClosedRange<Int64>) -> [StoredAlert] {
        ids.map {
            StoredAlert(id: $0, record: "{\"id\":\($0),\"topic\":\"tariffs\"}", facets: AlertFacets(
                time: Date(), severity: "high", topic: "tariffs", actor: "US", direction: "easing", modality: "action"))
        }
    }

    func lines() throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test func appendsOnlyAlertsAboveTheLastLoggedID() throws {
        let log = try AlertLog(path: path)
        try log.append(stored(1...3))
        try log.append(stored(2...5))
        #expect(try lines().count == 5)
        let reopened = try AlertLog(path: path)
        #expect(reopened.lastID == 5)
        try reopened.append(stored(1...6))
        #expect(try lines().last == "{\"id\":6,\"topic\":\"tariffs\"}")
        #expect(try lines().count == 6)
    }

    @Test func tornLastLineIsCutAndRewrittenWhole() throws {
        try Data("{\"id\":1}\n{\"id\":2}\n{\"id\":3,\"top".utf8).write(to: URL(fileURLWithPath: path))
        let log = try AlertLog(path: path)
        #expect(log.lastID == 2)
        try log.append(stored(1...3))
        let all = try lines()
        #expect(all.count == 3)
        for line in all { #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil) }
    }

    @Test func logIsCreatedWithMode0640() throws {
        _ = try AlertLog(path: path)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
    }

    @Test func reopenAfterRotationDoesNotRewriteOldAlerts() throws {
        let log = try AlertLog(path: path)
        try log.append(stored(1...3))
        try FileManager.default.moveItem(atPath: path, toPath: path + ".1")
        try log.reopen()
        try log.append(stored(1...4))
        #expect(try lines() == ["{\"id\":4,\"topic\":\"tariffs\"}"])
    }

    @Test func highWaterFromTheStoreSkipsAlertsInRotatedLogs() throws {
        let log = try AlertLog(path: path, highWater: 10)
        try log.append(stored(9...11))
        #expect(try lines() == ["{\"id\":11,\"topic\":\"tariffs\"}"])
    }

    @Test func aRestartAfterRotationReadsTheRotatedLogWhenTheStoreLagsBehind() throws {
        // Killed after writing #1-3 but before the store recorded it, then
        // rotated while down: the new, empty log must not get #1-3 again.
        let log = try AlertLog(path: path)
        try log.append(stored(1...3))
        try FileManager.default.moveItem(atPath: path, toPath: path + ".1")
        defer { try? FileManager.default.removeItem(atPath: path + ".1") }
        let restarted = try AlertLog(path: path, highWater: 1)
        #expect(restarted.lastID == 3)
        try restarted.append(stored(1...4))
        #expect(try lines() == ["{\"id\":4,\"topic\":\"tariffs\"}"])
    }

    @Test func aTornOrMissingRotatedLogCountsForNothingBeyondItsWholeLines() throws {
        // Missing: an error naming the file, which `AlertLog` ignores for a rotated log.
        #expect(throws: AlertLogError.self) { try AlertLog.lastLoggedID(inFileAt: path + ".none") }
        try Data("{\"id\":7}\n{\"id\":8,\"to".utf8).write(to: URL(fileURLWithPath: path + ".1"))
        defer { try? FileManager.default.removeItem(atPath: path + ".1") }
        #expect(try AlertLog.lastLoggedID(inFileAt: path + ".1") == 7)
    }

    @Test func unwritableLogIsAnErrorNamingTheFile() {
        #expect {
            _ = try AlertLog(path: "/proc/tradewatch-no-such/alerts.jsonl")
        } throws: { error in
            "\(error)".contains("/proc/tradewatch-no-such/alerts.jsonl")
        }
    }
}
