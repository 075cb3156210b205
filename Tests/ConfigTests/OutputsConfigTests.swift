import Config
import Foundation
import Model
import Testing

/// `[report]` and `[[sink]]` in the config.
extension DaemonConfigTests {
    func loadOutputs(_ text: String) throws(ConfigErrors) -> DaemonConfig {
        try load("[daemon]\nbaseline = \"baseline.toml\"\n\n" + text)
    }

    @Test func reportPathAndSinksAreRead() throws {
        let config = try loadOutputs("""
            [report]
            path = "www/report.html"

            [[sink]]
            type = "webhook"
            url = "https://hooks.example.org/trade"
            topics = ["rare-earth-exports"]
            min_severity = "medium"
            body = "slack"
            timeout = "5s"
            retries = 2

            [[sink]]
            type = "mail"
            to = "desk@example.org"
            actors = ["China"]
            digest = true
            sendmail = "/opt/bin/sendmail"
            """)
        #expect(config.reportPath == folder + "/www/report.html")
        #expect(config.sinks.count == 2)
        #expect(config.sinks[0].kind == .webhook(url: "https://hooks.example.org/trade", body: .slack,
                                                 timeout: .seconds(5), retries: 2))
        #expect(config.sinks[0].filter.topics == ["rare-earth-exports"])
        #expect(config.sinks[0].filter.minSeverity == .medium)
        #expect(config.sinks[1].kind == .mail(to: "desk@example.org", from: nil, sendmail: "/opt/bin/sendmail", digest: true))
        #expect(config.sinks[1].filter.actors == ["China"])
        #expect(config.sinks[0].name != config.sinks[1].name)
    }

    @Test func badSinksAreErrorsNamingLineAndKey() {
        #expect(throws: ConfigErrors.self) { try loadOutputs("[[sink]]\ntype = \"pager\"\n") }
        do {
            _ = try loadOutputs("[[sink]]\ntype = \"webhook\"\nurl = \"ftp://x\"\nmin_severity = \"urgent\"\ncolour = 1\n")
            Issue.record("accepted a bad sink")
        } catch {
            let text = "\(error)"
            #expect(text.contains("sink[1].url"), "\(text)")
            #expect(text.contains("sink[1].min_severity"), "\(text)")
            #expect(text.contains("sink[1].colour"), "\(text)")
            #expect(text.contains("tw.toml:6: sink[1].url"), "the url's line: \(text)")
        }
    }
}
