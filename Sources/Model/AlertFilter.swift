import FoundationEssentials

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

    /// True when nothing is filtered out.
    public var acceptsEverything: Bool { self == AlertFilter() }

    /// An alert read back from its record (the log).
    public func accepts(_ a: AlertFields) -> Bool {
        accepts(id: a.id, time: a.time, topic: a.topic, actor: a.actor, direction: a.direction, severity: a.severity)
    }

    /// A committed alert, by its facets: the record is not parsed.
    public func accepts(_ a: StoredAlert) -> Bool {
        accepts(id: a.id, facets: a.facets)
    }

    public func accepts(id: Int64, facets f: AlertFacets) -> Bool {
        accepts(id: id, time: f.time, topic: f.topic, actor: f.actor, direction: f.direction, severity: f.severity)
    }

    private func accepts(id: Int64, time: Date?, topic: String, actor: String, direction: String,
                         severity: String) -> Bool {
        if let sinceID, id <= sinceID { return false }
        if let sinceTime, let time, time < sinceTime { return false }
        if !topics.isEmpty, !topics.contains(topic) { return false }
        if !actors.isEmpty, !actors.contains(where: { $0.lowercased() == actor.lowercased() }) { return false }
        if !directions.isEmpty, !directions.contains(direction) { return false }
        if !severities.isEmpty, !severities.contains(severity) { return false }
        if let minSeverity {
            guard let s = Severity(rawValue: severity), s >= minSeverity else { return false }
        }
        return true
    }
}

/// The fields of a logged alert record that filters, tables and repeat
/// marking use, read back from its JSON line.
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
    /// The terms the detector matched (what makes two stories the same).
    public var matched: [String]
    /// The sentence that carries the claim.
    public var evidence: String
    /// When the item says it was published.
    public var published: Date?
    /// Why this kind and severity, in words.
    public var reason: String
    /// The earlier alert this one repeats.
    public var repeatOf: Int64?

    /// nil when the line is not an alert record.
    public init?(jsonLine: some StringProtocol) {
        guard let record = try? JSONDecoder().decode(Record.self, from: Data(jsonLine.utf8)) else { return nil }
        id = record.id
        time = record.time.flatMap(Timestamp.parseRFC3339)
        kind = record.kind ?? ""
        severity = record.severity ?? ""
        topic = record.topic ?? ""
        actor = record.actor ?? ""
        direction = record.direction ?? ""
        modality = record.modality ?? ""
        title = record.item?.title ?? ""
        link = record.item?.link ?? ""
        matched = record.matched ?? []
        evidence = record.evidence ?? ""
        published = record.item?.published.flatMap(Timestamp.parseRFC3339)
        reason = record.reason ?? ""
        repeatOf = record.repeat_of
    }

    /// The part of the record read back; other fields are ignored.
    private struct Record: Decodable {
        struct Item: Decodable {
            var title: String?
            var link: String?
            var published: String?
        }
        var id: Int64
        var time: String?
        var kind: String?
        var severity: String?
        var topic: String?
        var actor: String?
        var direction: String?
        var modality: String?
        var item: Item?
        var matched: [String]?
        var evidence: String?
        var reason: String?
        var repeat_of: Int64?
    }
}
