/// A committed alert as the store keeps it and the log and socket send it:
/// its id, its JSON record (one line, no newline) serialised once, and the
/// facets readers filter and compare on, so nobody parses the record for them.
public struct StoredAlert: Sendable, Equatable {
    public var id: Int64
    public var record: String
    public var facets: AlertFacets

    public init(id: Int64, record: String, facets: AlertFacets) {
        self.id = id
        self.record = record
        self.facets = facets
    }

    /// Serialises `alert` (with its id assigned): the one place a committed
    /// alert's record is written.
    public init(_ alert: Alert) {
        self.init(id: alert.id, record: alert.jsonLine, facets: AlertFacets(alert))
    }
}
