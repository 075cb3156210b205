import FoundationEssentials

/// How one feed is doing, for STATUS=, the socket's status and logs.
public struct FeedHealth: Sendable, Equatable {
    public var url: String
    public var name: String?
    var nextDue: Date
    public var failures: Int
    public var failingSince: Date?
    public var lastError: String?

    /// Failing for a day or more: still tried, less often.
    func isDown(now: Date) -> Bool {
        guard let failingSince else { return false }
        return now.timeIntervalSince(failingSince) >= 86_400
    }
}

/// What one poll cycle did.
public struct CycleReport: Sendable, Equatable {
    var started: Date
    public var finished: Date
    public var fetched = 0
    public var notModified = 0
    public var failed: [String: String] = [:]
    public var newItems = 0
    public var alerts = 0

    public init(started: Date) {
        self.started = started
        finished = started
    }
}
