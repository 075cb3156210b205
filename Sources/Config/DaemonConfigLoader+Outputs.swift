import FoundationEssentials
import Model
import TOMLKit

/// `[report]` and `[[sink]]`: where alerts go besides the log and the socket.
extension DaemonConfig {
    static let reportKeys: Set<String> = ["path"]
    static let sinkKeys: Set<String> = [
        "type", "name", "topics", "actors", "min_severity",
        "url", "body", "timeout", "retries",
        "to", "from", "sendmail", "digest",
    ]

    static func readReport(_ value: TOMLValueConvertible, into config: inout DaemonConfig, reader: inout TOMLReader,
                           folder: String) {
        guard let table = value.table else {
            reader.issue(table: "", key: "report", "must be a table ([report])")
            return
        }
        reader.checkKeys(table, table: "report", allowed: reportKeys)
        if let path = reader.string(table, "report", "path", required: true) { config.reportPath = resolve(path, in: folder) }
    }

    static func readSinks(_ value: TOMLValueConvertible, into config: inout DaemonConfig, reader: inout TOMLReader) {
        guard let sinks = value.array else {
            reader.issue(table: "", key: "sink", "must be an array of tables ([[sink]])")
            return
        }
        for index in 0..<sinks.count {
            guard let table = sinks[index].table else {
                reader.issue(table: "sink", index: index, key: "", "must be a table ([[sink]])")
                continue
            }
            reader.checkKeys(table, table: "sink", index: index, allowed: sinkKeys)
            guard let sink = readSink(table, index: index, reader: &reader) else { continue }
            if config.sinks.contains(where: { $0.name == sink.name }) {
                reader.issue(table: "sink", index: index, key: "name", "two sinks named \"\(sink.name)\" (give each its own name)")
                continue
            }
            config.sinks.append(sink)
        }
    }

    private static func readSink(_ table: TOMLTable, index: Int, reader: inout TOMLReader) -> SinkConfig? {
        let t = "sink"
        guard let type = reader.string(table, t, "type", index: index, required: true) else { return nil }
        var filter = AlertFilter()
        filter.topics = Set(reader.strings(table, t, "topics", index: index))
        for topic in filter.topics where Topic(rawValue: topic) == nil {
            reader.issue(table: t, index: index, key: "topics", "unknown topic \"\(topic)\"")
        }
        filter.actors = Set(reader.strings(table, t, "actors", index: index))
        for actor in filter.actors where !Actor.allCases.contains(where: { $0.rawValue.lowercased() == actor.lowercased() }) {
            reader.issue(table: t, index: index, key: "actors", "unknown actor \"\(actor)\" (US or China)")
        }
        if let s = reader.string(table, t, "min_severity", index: index) {
            if let severity = Severity(rawValue: s) { filter.minSeverity = severity }
            else { reader.issue(table: t, index: index, key: "min_severity", "must be low, medium or high, not \"\(s)\"") }
        }
        let name = reader.string(table, t, "name", index: index)
        switch type {
        case "webhook":
            guard let url = reader.string(table, t, "url", index: index, required: true) else { return nil }
            let lower = url.lowercased()
            guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), URL(string: url)?.host != nil else {
                reader.issue(table: t, index: index, key: "url", "\"\(url)\" is not an http or https URL")
                return nil
            }
            var body = SinkConfig.WebhookBody.record
            if let text = reader.string(table, t, "body", index: index) {
                if let b = SinkConfig.WebhookBody(rawValue: text) { body = b }
                else { reader.issue(table: t, index: index, key: "body", "must be \"record\" or \"slack\", not \"\(text)\"") }
            }
            let timeout = reader.duration(table, t, "timeout", index: index) ?? .seconds(10)
            let retries = reader.integer(table, t, "retries", index: index, in: 0...10) ?? 3
            return SinkConfig(kind: .webhook(url: url, body: body, timeout: timeout, retries: retries),
                              name: name ?? "webhook \(url)", filter: filter)
        case "mail":
            guard let to = reader.string(table, t, "to", index: index, required: true) else { return nil }
            let sendmail = reader.string(table, t, "sendmail", index: index) ?? "/usr/sbin/sendmail"
            let digest = reader.bool(table, t, "digest", index: index) ?? false
            return SinkConfig(kind: .mail(to: to, from: reader.string(table, t, "from", index: index),
                                          sendmail: sendmail, digest: digest),
                              name: name ?? "mail \(to)", filter: filter)
        default:
            reader.issue(table: t, index: index, key: "type", "must be \"webhook\" or \"mail\", not \"\(type)\"")
            return nil
        }
    }
}
