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
        accepts(id: a.id, facets: a.facets)
    }

    /// A committed alert, by its facets: the record is not parsed.
    public func accepts(_ a: StoredAlert) -> Bool {
        accepts(id: a.id, facets: a.facets)
    }

    public func accepts(id: Int64, facets f: AlertFacets) -> Bool {
        if let sinceID, id <= sinceID { return false }
        if let sinceTime, f.time < sinceTime { return false }
        if !topics.isEmpty, !topics.contains(f.topic) { return false }
        if !actors.isEmpty, !actors.contains(where: { $0.lowercased() == f.actor.lowercased() }) { return false }
        if !directions.isEmpty, !directions.contains(f.direction) { return false }
        if !severities.isEmpty, !severities.contains(f.severity) { return false }
        if let minSeverity {
            guard let s = Severity(rawValue: f.severity), s >= minSeverity else { return false }
        }
        return true
    }
}
