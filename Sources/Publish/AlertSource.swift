import Model

/// Where the socket server reads what it does not see live: the committed
/// alerts for replays, the last committed id, and the daemon's health.
/// The daemon builds it from its store; tests from a real `StateStore`.
package struct AlertSource: Sendable {
    /// Committed alerts with id > `after`, in id order, at most `limit`.
    var alerts: @Sendable (_ after: Int64, _ limit: Int) async throws -> [StoredAlert]
    /// The highest committed alert id, 0 when there is none.
    var lastID: @Sendable () async -> Int64
    /// The daemon's health as one JSON object text (see `StatusReport.json`).
    var status: @Sendable () async -> String

    package init(alerts: @escaping @Sendable (_ after: Int64, _ limit: Int) async throws -> [StoredAlert],
                lastID: @escaping @Sendable () async -> Int64,
                status: @escaping @Sendable () async -> String) {
        self.alerts = alerts
        self.lastID = lastID
        self.status = status
    }
}
