/// A committed alert as the store keeps it and the log and socket send it:
/// its id, its JSON record (one line, no newline) serialised once, and the
/// facets readers filter and compare on, so nobody parses the record for them.
package struct StoredAlert: Sendable, Equatable {
    package var id: Int64
    package var record: String
    package var facets: AlertFacets

    package init(id: Int64, record: String, facets: AlertFacets) {
        self.id = id
        self.record = record
        self.facets = facets
    }

    /// Serialises `alert` (with its id assigned): the one place a committed
    /// alert's record is written.
    package init(_ alert: Alert) {
        self.init(id: alert.id, record: alert.jsonLine, facets: AlertFacets(alert))
    }
}
