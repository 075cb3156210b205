import Foundation
import Testing
import TestSupport

@Suite struct AlertsCommandTests {
    let log: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tw-alerts-\(UUID().uuidString).jsonl").path
        let lines = [
            #"{"id":1,"time":"2026-11-20T10:00:00Z","kind":"position_change","severity":"high","topic":"rare-earth-exports","actor":"China","direction":"easing","modality":"action","item":{"title":"China suspends rare earth curbs"}}"#,
            #"{"id":2,"time":"2026-11-21T10:00:00Z","kind":"escalation","severity":"medium","topic":"tech-controls","actor":"US","direction":"tightening","modality":"action","item":{"title":"US adds firms to entity list"}}"#,
            #"{"id":3,"time":"2026-11-22T10:00:00Z","kind":"position_change","severity":"low","topic":"tariffs","actor":"US","direction":"easing","modality":"signal","item":{"title":"US may cut tariffs"}}"#,
        ]
        _ = FileManager.default.createFile(atPath: path, contents: Data((lines.joined(separator: "\n") + "\n").utf8))
        return path
    }()

    func ids(_ output: String) -> [Int] {
        output.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["id"] as? Int
        }
    }

    @Test func pipedOutputIsTheLoggedJSONLines() async throws {
        let run = try await CommandRun.tradewatch(["alerts", "--log", log])
        #expect(run.status == 0)
        #expect(ids(run.stdout) == [1, 2, 3])
    }

    @Test func filtersByTopicActorDirectionSeverityAndID() async throws {
        #expect(ids(try await CommandRun.tradewatch(["alerts", "--log", log, "--topic", "tariffs"]).stdout) == [3])
        #expect(ids(try await CommandRun.tradewatch(["alerts", "--log", log, "--actor", "us"]).stdout) == [2, 3])
        #expect(ids(try await CommandRun.tradewatch(["alerts", "--log", log, "--direction", "easing"]).stdout) == [1, 3])
        #expect(ids(try await CommandRun.tradewatch(["alerts", "--log", log, "--min-severity", "medium"]).stdout) == [1, 2])
        #expect(ids(try await CommandRun.tradewatch(["alerts", "--log", log, "--since-id", "1"]).stdout) == [2, 3])
        #expect(ids(try await CommandRun.tradewatch(["alerts", "--log", log, "--since", "2026-11-21T00:00:00Z"]).stdout) == [2, 3])
    }

    @Test func tableFormatIsForPeople() async throws {
        let run = try await CommandRun.tradewatch(["alerts", "--log", log, "--format", "table"])
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("ID"))
        #expect(lines[1].contains("rare-earth-exports") && lines[1].contains("China suspends rare earth curbs"))
    }

    @Test func unknownTopicIsAUsageError() async throws {
        let run = try await CommandRun.tradewatch(["alerts", "--log", log, "--topic", "steel"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("unknown topic 'steel'"))
    }

    @Test func missingLogIsAFailureNamingIt() async throws {
        let run = try await CommandRun.tradewatch(["alerts", "--log", "/nonexistent/alerts.jsonl"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("tradewatch: /nonexistent/alerts.jsonl"))
    }
}
