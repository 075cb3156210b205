import FoundationEssentials
import Model

/// `[[sink]] type = "mail"`: one message per alert through the system's
/// `sendmail -t` (or, with `digest`, one per pass: the alerts of a cycle).
/// Subject: "[tradewatch] China eases rare-earth-exports (action)". The
/// Message-ID is made from the alert ids, so a copy sent again after a crash
/// carries the same one and mail systems can drop it.
package struct MailSink: AlertSink {
    package let name: String
    package var type: String { "mail" }
    package var takesBatches: Bool { digest }
    let to: String
    let from: String?
    let sendmail: String
    let digest: Bool

    package init(name: String, to: String, from: String?, sendmail: String, digest: Bool) {
        self.name = name
        self.to = to
        self.from = from
        self.sendmail = sendmail
        self.digest = digest
    }

    package func deliver(_ alerts: [StoredAlert]) async -> Result<Void, SinkError> {
        let message = Self.message(alerts, to: to, from: from)
        let sendmail = SendmailProcess(path: self.sendmail)
        let failure: String? = await withCheckedContinuation { done in
            SystemThread.start(name: "tradewatch-mail") { done.resume(returning: sendmail.send(message)) }
        }
        if let failure {
            return .failure(SinkError(sink: name, reason: "alert\(alerts.count == 1 ? "" : "s") "
                                      + "\(alerts.map { String($0.id) }.joined(separator: ",")): \(failure)"))
        }
        return .success(())
    }

    /// The whole message: headers, a blank line, a plain-text body per alert.
    static func message(_ alerts: [StoredAlert], to: String, from: String?) -> String {
        let fields = alerts.compactMap { AlertFields(jsonLine: $0.record) }
        let subject: String
        if fields.count == 1 {
            subject = "[tradewatch] \(AlertHeadline.of(fields[0]))"
        } else {
            subject = "[tradewatch] \(fields.count) alerts: " + fields.prefix(3).map(AlertHeadline.of).joined(separator: "; ")
                + (fields.count > 3 ? "; ..." : "")
        }
        var headers = ["To: \(headerSafe(to))"]
        if let from { headers.append("From: \(headerSafe(from))") }
        headers += [
            "Subject: \(subject)",
            "Message-ID: <tradewatch-alert-\(alerts.map { String($0.id) }.joined(separator: "-"))@tradewatch.invalid>",
            "X-Tradewatch-Alert-Ids: \(alerts.map { String($0.id) }.joined(separator: ","))",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
        ]
        let body = fields.map(text).joined(separator: "\n----\n\n")
        return headers.joined(separator: "\n") + "\n\n" + body
    }

    /// One alert for a person: headline, title, evidence, link, then the facts.
    static func text(_ a: AlertFields) -> String {
        var lines = ["\(AlertHeadline.of(a)), severity \(a.severity), \(a.kind) (alert #\(a.id))", "", a.title]
        if !a.evidence.isEmpty, a.evidence != a.title { lines += ["", "> " + a.evidence] }
        if !a.link.isEmpty { lines += ["", a.link] }
        lines += ["", "Why: \(a.reason)"]
        if let published = a.published { lines.append("Published: \(Timestamp.rfc3339(published))") }
        if let original = a.repeatOf { lines.append("Repeats alert #\(original)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A configured address on one header line (no CR/LF from the config reaches the headers).
    private static func headerSafe(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0 != "\r" && $0 != "\n" }.map(Character.init))
    }
}
