import FoundationEssentials

/// How one sink is doing, for the daemon's status: how far it has
/// acknowledged, and whether (and why) its deliveries fail.
package struct SinkState: Sendable, Equatable {
    package var name: String
    package var type: String
    /// The last alert id the sink acknowledged (or its filter skipped).
    package var acknowledged: Int64
    /// Alerts delivered since the daemon started.
    package var delivered: Int
    /// Failed passes in a row; 0 when the last one worked.
    package var consecutiveFailures: Int
    package var failingSince: Date?
    package var lastError: String?
    /// When the next try is due while failing.
    package var retryAt: Date?

    package init(name: String, type: String) {
        self.name = name
        self.type = type
        acknowledged = 0
        delivered = 0
        consecutiveFailures = 0
    }

    package var failing: Bool { consecutiveFailures > 0 }
}
