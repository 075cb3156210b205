import Foundation

/// Which alerts a reader wants: used by `tradewatch alerts` and by socket
/// subscriptions. Empty sets mean "any".
public struct AlertFilter: Sendable, Equatable {
    public var topics: Set<String> = []
    public var actors: Set<String> = []
    public var directions: Set<String> = []
    public var severities: Set<String> = []
    public var minSeverity: Severity?
    /// Only alerts with id above this.
    public var sinceID: Int64?
    /// Only alerts detected at or after this time.
    public var sinceTime: Date?

    public init() {}

    public func accepts(_ a: AlertFields) -> Bool {
        if let sinceID, a.id <= sinceID { return false }
        if let sinceTime, let t = a.time, t < sinceTime { return false }
        if !topics.isEmpty, !topics.contains(a.topic) { return false }
        if !actors.isEmpty, !actors.contains(where: { $0.caseInsensitiveCompare(a.actor) == .orderedSame }) { return false }
        if !directions.isEmpty, !directions.contains(a.direction) { return false }
        if !severities.isEmpty, !severities.contains(a.severity) { return false }
        if let minSeverity {
            guard let s = Severity(rawValue: a.severity), s >= minSeverity else { return false }
        }
        return true
    }
}

/// The fields of a logged alert record that filters and tables use, read
/// back from its JSON line.
public struct AlertFields: Sendable, Equatable {
    public var id: Int64
    public var time: Date?
    public var kind: String
    public var severity: String
    public var topic: String
    public var actor: String
    public var direction: String
    public var modality: String
    public var title: String
    public var link: String

    /// nil when the line is not an alert record.
    public init?(jsonLine: some StringProtocol) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(jsonLine.utf8)) as? [String: Any],
              let id = (object["id"] as? NSNumber)?.int64Value else { return nil }
        self.id = id
        time = (object["time"] as? String).flatMap(Timestamp.parseRFC3339)
        kind = object["kind"] as? String ?? ""
        severity = object["severity"] as? String ?? ""
        topic = object["topic"] as? String ?? ""
        actor = object["actor"] as? String ?? ""
        direction = object["direction"] as? String ?? ""
        modality = object["modality"] as? String ?? ""
        let item = object["item"] as? [String: Any]
        title = item?["title"] as? String ?? ""
        link = item?["link"] as? String ?? ""
    }
}
