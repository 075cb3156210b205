import Foundation
import Testing
import TestSupport

@Suite struct CheckConfigCommandTests {
    let root = TradewatchBinary.repoRoot()

    @Test(arguments: ["config/demo.toml", "config/tradewatch.toml"])
    func bundledConfigsPass(config: String) async throws {
        let path = root.appendingPathComponent(config).path
        // The production config names the installed baseline; check it against the repo's.
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "/usr/share/tradewatch/seeds/baseline.toml",
                                  with: root.appendingPathComponent("seeds/baseline.toml").path)
        let copy = root.appendingPathComponent("config/.check-\(UUID().uuidString).toml").path
        try text.write(toFile: copy, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let run = try await CommandRun.tradewatch(["check-config", "--config", copy])
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func everyProblemIsPrintedWithFileLineAndKey() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tw-bad-\(UUID().uuidString).toml").path
        try """
            [daemon]
            interval = "soon"
            baseline = "/nonexistent/baseline.toml"

            [[feed]]
            url = "gopher://example.org/feed"
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let run = try await CommandRun.tradewatch(["check-config", "--config", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(path):2: daemon.interval: bad duration \"soon\""))
        #expect(run.stderr.contains("\(path):3: daemon.baseline: cannot read the baseline file"))
        #expect(run.stderr.contains("\(path):6: feed[1].url: \"gopher://example.org/feed\" is not an http"))
    }
}
