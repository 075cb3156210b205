/// A committed alert as the store keeps it and the log and socket send it:
/// its id and its JSON record (one line, no newline).
public struct StoredAlert: Sendable, Equatable {
    public var id: Int64
    public var record: String

    public init(id: Int64, record: String) {
        self.id = id
        self.record = record
    }
}
