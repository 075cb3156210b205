import FoundationEssentials

/// How one feed is doing, for STATUS=, the socket's status and logs.
package struct FeedHealth: Sendable, Equatable {
    var url: String
    var name: String?
    var nextDue: Date
    package var failures: Int
    var failingSince: Date?
    var lastError: String?

    /// Failing for a day or more: still tried, less often.
    func isDown(now: Date) -> Bool {
        guard let failingSince else { return false }
        return now.timeIntervalSince(failingSince) >= 86_400
    }
}

/// What one poll cycle did.
package struct CycleReport: Sendable, Equatable {
    var started: Date
    var finished: Date
    package var fetched = 0
    package var notModified = 0
    package var failed: [String: String] = [:]
    var newItems = 0
    package var alerts = 0

    init(started: Date) {
        self.started = started
        finished = started
    }
}
