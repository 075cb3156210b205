import FoundationEssentials
import Model

/// One `[[sink]]`: where every committed alert is also delivered, with the
/// filters of `subscribe`. Each sink keeps its own high-water mark in the
/// state database under `key`.
package struct SinkConfig: Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        /// HTTP POST of the alert as JSON (or a Slack-style `{"text": ...}`).
        case webhook(url: String, body: WebhookBody, timeout: Duration, retries: Int)
        /// One message per alert, or a digest per cycle, through `sendmail -t`.
        case mail(to: String, from: String?, sendmail: String, digest: Bool)
    }

    package enum WebhookBody: String, Sendable, Equatable {
        /// The alert record of ../shared/DESIGN.md.
        case record
        /// `{"text": "..."}`, what Slack, Mattermost and Teams incoming hooks take.
        case slack
    }

    package var kind: Kind
    /// Names the sink in logs and the status; its high-water mark is stored
    /// under it, so renaming a sink makes it start from the newest alert.
    package var name: String
    package var filter: AlertFilter

    init(kind: Kind, name: String, filter: AlertFilter = AlertFilter()) {
        self.kind = kind
        self.name = name
        self.filter = filter
    }

    /// "webhook" or "mail".
    var type: String {
        switch kind {
        case .webhook: "webhook"
        case .mail: "mail"
        }
    }
}
