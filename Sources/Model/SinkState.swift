import FoundationEssentials

/// How one sink is doing, for the daemon's status: how far it has
/// acknowledged, and whether (and why) its deliveries fail.
public struct SinkState: Sendable, Equatable {
    public var name: String
    public var type: String
    /// The last alert id the sink acknowledged (or its filter skipped).
    public var acknowledged: Int64
    /// Alerts delivered since the daemon started.
    public var delivered: Int
    /// Failed passes in a row; 0 when the last one worked.
    public var consecutiveFailures: Int
    public var failingSince: Date?
    public var lastError: String?
    /// When the next try is due while failing.
    public var retryAt: Date?

    public init(name: String, type: String) {
        self.name = name
        self.type = type
        acknowledged = 0
        delivered = 0
        consecutiveFailures = 0
    }

    public var failing: Bool { consecutiveFailures > 0 }
}
