import Config
import Foundation
import Testing

@Suite struct DaemonConfigTests {
    let folder: String = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tw-config-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: dir + "/baseline.toml", contents: Data("# positions\n".utf8))
        return dir
    }()

    func load(_ text: String) throws(ConfigErrors) -> DaemonConfig {
        try DaemonConfig.parse(source: text, path: folder + "/tw.toml")
    }

    @Test func validConfigResolvesRelativePathsAgainstItsFolder() throws {
        let config = try load("""
            [daemon]
            state_dir = "state"
            log = "logs/alerts.jsonl"
            baseline = "baseline.toml"
            interval = "5m"
            concurrency = 4

            [[feed]]
            url = "https://example.org/feed.xml"
            name = "Example"
            interval = "90s"

            [[feed]]
            url = "feeds/local.xml"
            """)
        #expect(config.stateDir == folder + "/state")
        #expect(config.log == folder + "/logs/alerts.jsonl")
        #expect(config.interval == .seconds(300))
        #expect(config.concurrency == 4)
        #expect(config.feeds.count == 2)
        #expect(config.feeds[0].interval == .seconds(90))
        #expect(config.feeds[1].url == "file://" + folder + "/feeds/local.xml")
        #expect(config.interval(of: config.feeds[1]) == .seconds(300))
    }

    @Test func relativeConfigPathGivesAbsolutePathsAndFileURLs() throws {
        let cwd = FileManager.default.currentDirectoryPath
        let config = try DaemonConfig.parse(source: """
            [daemon]
            state_dir = "../state"
            baseline = "\(folder)/baseline.toml"

            [[feed]]
            url = "../feeds/a.xml"
            """, path: "config/tw.toml")
        #expect(config.stateDir == (cwd as NSString).appendingPathComponent("state"))
        #expect(config.feeds[0].url == "file://" + (cwd as NSString).appendingPathComponent("feeds/a.xml"))
    }

    @Test func everyProblemIsReportedWithFileLineAndKey() {
        let text = """
            [daemon]
            baseline = "baseline.toml"
            interval = "5x"
            concurency = 4

            [[feed]]
            url = "https://example.org/a.xml"

            [[feed]]
            url = "https://example.org/a.xml"
            colour = "red"
            """
        #expect {
            _ = try load(text)
        } throws: { error in
            let issues = (error as? ConfigErrors)?.issues ?? []
            let lines = issues.map(\.description)
            return issues.count == 4
                && lines.contains { $0.hasSuffix("tw.toml:3: daemon.interval: bad duration \"5x\" (use e.g. \"90s\", \"5m\", \"1h\"; at least 1s)") }
                && lines.contains { $0.contains("tw.toml:4: daemon.concurency: unknown key") }
                && lines.contains { $0.contains("tw.toml:10: feed[2].url: duplicate feed URL") }
                && lines.contains { $0.contains("tw.toml:11: feed[2].colour: unknown key") }
        }
    }

    @Test func wrongTypesAndUnreadableBaselineAreErrors() {
        #expect {
            _ = try load("""
                [daemon]
                baseline = "missing.toml"
                concurrency = "many"
                """)
        } throws: { error in
            let text = "\(error)"
            return text.contains("tw.toml:3: daemon.concurrency: must be an integer")
                && text.contains("tw.toml:2: daemon.baseline: cannot read the baseline file")
        }
    }

    @Test func invalidTOMLNamesTheLine() {
        #expect {
            _ = try load("[daemon]\ninterval = \n")
        } throws: { error in
            "\(error)".contains("tw.toml:2:")
        }
    }

    @Test(arguments: [("90s", 90), ("5m", 300), ("1h", 3600), ("2d", 172_800), ("1h30m", 5400)])
    func durationsParse(text: String, seconds: Int64) {
        #expect(DurationText.parse(text) == .seconds(seconds))
    }

    @Test(arguments: ["", "5", "0s", "m", "5x", "-1s", "1.5h"])
    func badDurationsAreRejected(text: String) {
        #expect(DurationText.parse(text) == nil)
    }
}
