import Config

/// The sink a `[[sink]]` entry describes.
package enum SinkFactory {
    package static func make(_ config: SinkConfig) -> any AlertSink {
        switch config.kind {
        case .webhook(let url, let body, let timeout, let retries):
            WebhookSink(name: config.name, url: url, body: body, timeout: timeout, retries: retries)
        case .mail(let to, let from, let sendmail, let digest):
            MailSink(name: config.name, to: to, from: from, sendmail: sendmail, digest: digest)
        }
    }
}
