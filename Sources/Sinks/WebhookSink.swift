import Config
import Fetch
import FoundationEssentials
import Model

/// `[[sink]] type = "webhook"`: an HTTP POST per alert, the alert record as
/// JSON (or Slack-style `{"text": ...}`), with `Idempotency-Key: <alert id>`
/// so a receiver can drop the copy an at-least-once redelivery sends. Each
/// delivery tries `retries` more times with doubling pauses; only a 2xx is
/// an acknowledgement.
package struct WebhookSink: AlertSink {
    package let name: String
    package var type: String { "webhook" }
    package var takesBatches: Bool { false }
    let url: String
    let body: SinkConfig.WebhookBody
    let timeout: Duration
    let retries: Int
    /// The pause before the first retry; doubled for each next one.
    let firstPause: Duration

    package init(name: String, url: String, body: SinkConfig.WebhookBody, timeout: Duration, retries: Int,
                firstPause: Duration = .milliseconds(500)) {
        self.name = name
        self.url = url
        self.body = body
        self.timeout = timeout
        self.retries = retries
        self.firstPause = firstPause
    }

    package func deliver(_ alerts: [StoredAlert]) async -> Result<Void, SinkError> {
        for alert in alerts {
            if case .failure(let error) = await post(alert) { return .failure(error) }
        }
        return .success(())
    }

    private func post(_ alert: StoredAlert) async -> Result<Void, SinkError> {
        let request = HTTPPost(url: url, headers: ["Content-Type: application/json", "Idempotency-Key: \(alert.id)"],
                               body: Array(payload(alert).utf8), timeout: timeout)
        var pause = firstPause
        var last = HTTPPost.Outcome.failed("not sent")
        for attempt in 0...retries {
            if attempt > 0 {
                do { try await Task.sleep(for: pause) } catch { break }
                pause *= 2
            }
            last = await request.send()
            if case .status(let code) = last, (200..<300).contains(code) { return .success(()) }
        }
        return .failure(SinkError(sink: name, reason: "alert \(alert.id): \(last) after \(retries + 1) attempts"))
    }

    func payload(_ alert: StoredAlert) -> String {
        switch body {
        case .record:
            return alert.record
        case .slack:
            var w = JSONWriter()
            w.object { w in w.field("text", Self.slackText(alert)) }
            return w.output
        }
    }

    /// "[tradewatch] China eases rare-earth-exports (action): <title> <link>".
    static func slackText(_ alert: StoredAlert) -> String {
        guard let fields = AlertFields(jsonLine: alert.record) else { return "[tradewatch] alert \(alert.id)" }
        var text = "[tradewatch] \(AlertHeadline.of(fields)), severity \(fields.severity): \(fields.title)"
        if !fields.link.isEmpty { text += " \(fields.link)" }
        return text
    }
}
