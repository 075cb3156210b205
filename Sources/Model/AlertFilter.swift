import FoundationEssentials

/// Which alerts a reader wants: used by `tradewatch alerts` and by socket
/// subscriptions. Empty sets mean "any".
public struct AlertFilter: Sendable, Equatable {
    package var topics: Set<String> = []
    package var actors: Set<String> = []
    package var directions: Set<String> = []
    package var severities: Set<String> = []
    package var minSeverity: Severity?
    /// Only alerts with id above this.
    package var sinceID: Int64?
    /// Only alerts detected at or after this time.
    package var sinceTime: Date?

    package init() {}

    /// True when nothing is filtered out.
    package var acceptsEverything: Bool { self == AlertFilter() }

    /// An alert read back from its record (the log).
    package func accepts(_ a: AlertFields) -> Bool {
        accepts(id: a.id, facets: a.facets)
    }

    /// A committed alert, by its facets: the record is not parsed.
    package func accepts(_ a: StoredAlert) -> Bool {
        accepts(id: a.id, facets: a.facets)
    }

    package func accepts(id: Int64, facets f: AlertFacets) -> Bool {
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
