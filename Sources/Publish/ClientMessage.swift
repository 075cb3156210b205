import FoundationEssentials
import Model

/// One line a subscriber sent, parsed (the socket protocol of
/// ../shared/DESIGN.md).
public enum ClientMessage: Sendable, Equatable {
    /// Replay committed alerts after `since` (when given), then stream live
    /// ones; both pass `filter`.
    case subscribe(since: Int64?, filter: AlertFilter)
    case ping
    case status

    /// Parses one line (without its newline). Errors carry the protocol's error code.
    public static func parse(_ line: some Collection<UInt8>) throws(ProtocolError) -> ClientMessage {
        guard let object = JSONValue(parsing: line), case .object = object else {
            throw ProtocolError(code: "bad_json", message: "a line must be one JSON object")
        }
        guard let type = object["type"]?.string else {
            throw ProtocolError(code: "bad_request", message: "the object has no string \"type\"")
        }
        switch type {
        case "ping": return .ping
        case "status": return .status
        case "subscribe": return try parseSubscribe(object)
        default: throw ProtocolError(code: "unknown_type", message: "unknown message type '\(type)'")
        }
    }

    private static func parseSubscribe(_ object: JSONValue) throws(ProtocolError) -> ClientMessage {
        var since: Int64?
        if let value = object["since"], !value.isNull {
            guard let id = value.int64, id >= 0, id < 9_000_000_000_000_000 else {
                throw ProtocolError(code: "bad_request", message: "\"since\" must be an alert id (an integer >= 0)")
            }
            since = id
        }
        var filter = AlertFilter()
        let topics = try strings(object, "topics")
        for topic in topics where Topic(rawValue: topic) == nil {
            throw ProtocolError(code: "bad_request", message: "unknown topic '\(topic)'")
        }
        filter.topics = Set(topics)
        let actors = try strings(object, "actors")
        for actor in actors where !Actor.allCases.contains(where: { $0.rawValue.lowercased() == actor.lowercased() }) {
            throw ProtocolError(code: "bad_request", message: "unknown actor '\(actor)' (known: US, China)")
        }
        filter.actors = Set(actors)
        if let value = object["min_severity"], !value.isNull {
            guard let text = value.string, let severity = Severity(rawValue: text) else {
                throw ProtocolError(code: "bad_request", message: "\"min_severity\" must be low, medium or high")
            }
            filter.minSeverity = severity
        }
        return .subscribe(since: since, filter: filter)
    }

    private static func strings(_ object: JSONValue, _ key: String) throws(ProtocolError) -> [String] {
        guard let value = object[key], !value.isNull else { return [] }
        guard let list = value.strings else {
            throw ProtocolError(code: "bad_request", message: "\"\(key)\" must be an array of strings")
        }
        return list
    }
}

/// Bad client input, sent back as `{"type":"error","code":...,"message":...}`.
public struct ProtocolError: Error, Sendable, Equatable, CustomStringConvertible {
    public let code: String
    let message: String
    public var description: String { "\(code): \(message)" }
}
