import FoundationEssentials
import Model

/// One server line as a client sees it.
package enum SubscriberEvent: Sendable, Equatable {
    case hello(lastID: Int64)
    /// `record` is the alert record exactly as the log has it (the wire's
    /// `"type":"alert",` taken out again).
    case alert(id: Int64, record: String)
    case replayed(lastID: Int64)
    case error(code: String, message: String, lastSent: Int64?)
    /// pong, status, or a type this client does not know: the line as sent.
    case other(type: String, line: String)

    static let alertPrefix = "{\"type\":\"alert\","

    /// nil when the line is not a JSON object with a type.
    package init?(line: String) {
        if line.hasPrefix(Self.alertPrefix) {
            // The server's own framing: no need to parse the whole record.
            let record = "{" + line.dropFirst(Self.alertPrefix.count)
            guard let id = Self.leadingID(record) else { return nil }
            self = .alert(id: id, record: record)
            return
        }
        guard let object = JSONValue(parsing: line.utf8), let type = object["type"]?.string else { return nil }
        let number = { (key: String) in object[key]?.int64 }
        switch type {
        case "hello": self = .hello(lastID: number("last_id") ?? 0)
        case "replayed": self = .replayed(lastID: number("last_id") ?? 0)
        case "error":
            self = .error(code: object["code"]?.string ?? "", message: object["message"]?.string ?? "",
                          lastSent: number("last_sent"))
        case "alert":
            guard case .object(var record) = object, let id = number("id") else { return nil }
            record["type"] = nil
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            guard let data = try? encoder.encode(record) else { return nil }
            self = .alert(id: id, record: String(decoding: data, as: UTF8.self))
        default: self = .other(type: type, line: line)
        }
    }

    /// The record's `"id":N` when it is the first field (as the log writes it).
    private static func leadingID(_ record: String) -> Int64? {
        let prefix = "{\"id\":"
        if record.hasPrefix(prefix) {
            let digits = record.dropFirst(prefix.count).prefix { $0.isNumber }
            if let id = Int64(digits) { return id }
        }
        return JSONValue(parsing: record.utf8)?["id"]?.int64
    }
}
