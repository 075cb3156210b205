import Foundation
import Testing
import TestSupport

/// `tradewatch report` on a store filled by a real `run --once`, rendered in
/// a real headless browser. Chromium starves other tests of CPU: `make test` runs
/// this suite after the others, with the hostile suite.
@Suite(.serialized) struct ReportBrowserTests {
    static let hostileTitle = "China suspends rare earth export controls <script>document.title='pwned'</script><img src=x onerror=alert(1)>"

    @Test func rendersEveryTopicWithoutConsoleErrorAndShowsFeedMarkupAsText() async throws {
        let hostile = try LiveFeedServer(items: [LiveFeedServer.Item(
            guid: "hostile-1", title: Self.hostileTitle,
            description: "The ministry said it suspends <b>rare earth</b> export controls <script>alert(2)</script> at once.")])
        let daemon = try await DemoFeedsRun.make(moreFeeds: [hostile.url])
        let page = daemon.folder + "/report.html"
        let config = daemon.configPath
        let run = try await OffPool.run { try CommandRun.tradewatch(["report", "--config", config, "--out", page]) }
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("&lt;script&gt;document.title="), "the hostile title is in the page, escaped")

        let rendered = try await OffPool.run { try HeadlessChromium.dumpDOM(page) }
        #expect(rendered.console.isEmpty, "console: \(rendered.console)")
        for topic in ["rare-earth-exports", "eda-software", "jet-engines", "chemicals", "nuclear", "tech-controls",
                      "tariffs", "non-tariff-countermeasures", "export-control-dialogue", "talks"] {
            #expect(rendered.dom.contains("<section class=\"topic\" id=\"\(topic)\">"), "topic \(topic)")
        }
        #expect(!rendered.dom.contains("<script"), "no script element reached the DOM")
        #expect(!rendered.dom.contains("<img"), "no image element reached the DOM")
        #expect(rendered.dom.contains("<title>tradewatch: US-China trade positions</title>"), "the title was not rewritten")
        #expect(rendered.dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"), "shown as text")
        // The demo's moves are on the page, with their links.
        #expect(rendered.dom.contains("Beijing lifts curbs on rare earth magnet shipments to American buyers"))
        #expect(rendered.dom.contains("href=\"https://demo.tradewatch.invalid/wire/rare-earth-magnets\""))
        #expect(rendered.dom.contains("Commerce Department adds 12 Chinese chipmakers to entity list"))

        for (width, height) in [(390, 844), (1280, 900)] {
            let png = daemon.folder + "/report-\(width).png"
            try await OffPool.run { try HeadlessChromium.screenshot(page, width: width, height: height, to: png) }
            let bytes = try #require(FileManager.default.contents(atPath: png))
            #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG at \(width) px")
        }
    }
}

/// `[report] path`: the running daemon rewrites the page after cycles with alerts.
@Suite struct ReportRefreshTests {
    @Test func daemonRewritesThePageAfterACycleThatRaisedAlerts() async throws {
        let feed = try LiveFeedServer(items: [LiveFeedServer.Item(
            guid: "re-1", title: "China suspends export controls on rare earths to the US",
            description: "The commerce ministry said it suspends its rare earth export controls with immediate effect.")])
        let daemon = try DaemonProcess(feeds: [feed.url], tail: "[report]\npath = \"site/report.html\"\n")
        try daemon.start()
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit(timeout: 10) }
        let page = daemon.folder + "/site/report.html"
        func pageContains(_ text: String, within seconds: Double) async -> Bool {
            await OffPool.until(seconds: seconds) {
                (try? String(contentsOfFile: page, encoding: .utf8))?.contains(text) == true
            }
        }
        #expect(await pageContains("China suspends export controls on rare earths to the US", within: 20), "stderr: \(daemon.stderr)")
        feed.add(LiveFeedServer.Item(
            guid: "tech-1", title: "US Commerce Department adds 20 Chinese chip firms to the entity list",
            description: "The Bureau of Industry and Security added the Chinese companies to the entity list on Monday."))
        #expect(await pageContains("adds 20 Chinese chip firms", within: 20), "stderr: \(daemon.stderr)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: daemon.folder + "/site")
        #expect(leftovers == ["report.html"], "no temporary files left: \(leftovers)")
    }
}
