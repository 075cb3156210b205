import Foundation
import Testing
import TestSupport

/// A smoke run of `bench-sha256`: it hashes the whole file (the digest is
/// FIPS 180-4's for one million 'a's) and reports a rate.
@Suite struct BenchSHA256CommandTests {
    @Test func hashesTheWholeFileAndReportsARate() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tw-sha-\(UUID().uuidString)").path
        try Data(repeating: 0x61, count: 1_000_000).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try await CommandRun.tradewatch(["bench-sha256", "--rounds", "2", path])
        #expect(run.status == 0, "\(run.stderr)")
        let result = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(result["bytes"] as? Int == 1_000_000)
        #expect(result["sha256"] as? String == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        #expect((result["mb_per_s"] as? Double ?? 0) > 0)
    }

    @Test func anUnreadableFileIsAFailure() async throws {
        let run = try await CommandRun.tradewatch(["bench-sha256", "/nonexistent/tw-sha"])
        #expect(run.status == 1 && run.stderr.contains("/nonexistent/tw-sha: cannot read file"), "\(run)")
    }
}
