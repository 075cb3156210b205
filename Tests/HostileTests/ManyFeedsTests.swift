import Foundation
import Testing
import TestSupport

/// A thousand feeds, one in ten failing in its own way: the cycle finishes
/// in bounded time and every healthy feed is committed in it.
@Suite(.serialized) struct ManyFeedsTests {
    static let kinds = ["404", "500", "hang-up", "drip", "html", "loop", "bomb", "silent", "garbage", "endless"]

    static func server() throws -> HTTPTestServer {
        let bomb = try Gzip.zeros(64 << 20)
        return try HTTPTestServer(keepAlive: true) { request in
            let parts = request.path.split(separator: "/").map(String.init)
            guard parts.count == 2, let n = Int(parts[1]) else { return .status(404) }
            if parts[0] == "good" {
                // One in ten good feeds carries a move; the rest are ordinary news.
                let body = n % 10 == 0 ? GoodFeed.rss(tag: "g\(n)")
                    : GoodFeed.rss(tag: "g\(n)").replacingOccurrences(of: "rare earth", with: "football")
                        .replacingOccurrences(of: "rare earths", with: "football")
                return .ok(body)
            }
            switch kinds[n % kinds.count] {
            case "404": return .status(404)
            case "500": return .status(500)
            case "hang-up": return .hangUp
            case "drip":
                return HTTPTestResponse(body: .drip(Array(GoodFeed.rss(tag: "d\(n)").utf8), interval: .seconds(1)))
            case "html": return .ok("<html><body>login</body></html>", contentType: "text/html")
            case "loop": return .redirect(to: request.path)
            case "bomb": return HTTPTestResponse(headers: [("Content-Encoding", "gzip")], body: .bytes(bomb))
            case "silent": return HTTPTestResponse(body: .bytes([]), delayBeforeHeaders: .seconds(30))
            case "garbage": return .raw(Array("\u{0}\u{1}HTTP/9 ???\r\n\r\n".utf8))
            default: return HTTPTestResponse(body: .endless(chunk: Array(String(repeating: "<x>", count: 4000).utf8)))
            }
        }
    }

    static func sqlite(_ database: String, _ query: String) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = ["-readonly", database, query]
        let out = Pipe()
        process.standardOutput = out
        guard (try? process.run()) != nil else { return "" }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func thousandFeedsWithAHundredFailingFinishAndCommitEveryHealthyOne() async throws {
        let server = try Self.server()
        let good = (0..<900).map { server.url("/good/\($0)") }
        let bad = (0..<100).map { server.url("/bad/\($0)") }
        let daemon = try DaemonProcess(feeds: [])
        let baseline = TradewatchBinary.repoRoot().appendingPathComponent("seeds/baseline.toml").path
        var config = """
            [daemon]
            state_dir = "state"
            log = "alerts.jsonl"
            socket = "alerts.sock"
            baseline = "\(baseline)"
            concurrency = 16
            timeout = "3s"
            connect_timeout = "3s"

            """
        // Bad feeds spread among the good ones, as in a real config.
        for (n, url) in good.enumerated() {
            config += "[[feed]]\nurl = \"\(url)\"\n"
            if n % 9 == 0, n / 9 < bad.count { config += "[[feed]]\nurl = \"\(bad[n / 9])\"\n" }
        }
        try config.write(toFile: daemon.configPath, atomically: true, encoding: .utf8)

        let run = try await MeasuredRun.tradewatch(["run", "--config", daemon.configPath, "--once"], limit: 180)
        print("1000 feeds, 100 failing, run --once: " + String(format: "%.2f s %.1f MB", run.seconds, run.peakRSSMB))
        #expect(run.status == 0, "\(run.description.prefix(3000))")
        #expect(run.seconds < 60 * HostileBounds.scale, "\(run.stderr.suffix(500))")
        #expect(run.peakRSSMB < HostileBounds.megabytes)

        let database = daemon.folder + "/state/state.db"
        let committed = Self.sqlite(database, "SELECT url FROM feeds WHERE last_success IS NOT NULL")
            .split(separator: "\n").map(String.init)
        #expect(Set(committed) == Set(good), "healthy feeds not committed: \(Set(good).subtracting(committed).sorted().prefix(20))")
        let failing = Self.sqlite(database, "SELECT url FROM feeds WHERE failures > 0").split(separator: "\n").map(String.init)
        #expect(Set(failing) == Set(bad), "\(Set(bad).symmetricDifference(failing).sorted().prefix(20))")
        let named = Set(run.stderr.split(separator: "\n").filter { $0.contains("feed failed") }.compactMap { line in
            bad.first { line.contains("feed=\($0) ") }
        })
        #expect(named == Set(bad), "every bad feed named: missing \(Set(bad).subtracting(named).sorted().prefix(20))")
        let alerted = Set(GoodFeed.feeds(GoodFeed.records(daemon.logLines().joined(separator: "\n"))))
        #expect(alerted.count >= 50, "the good feeds with moves alert: \(alerted.count)")
    }
}
