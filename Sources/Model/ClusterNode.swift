import FoundationEssentials

/// One node of a cluster as the shared store knows it: its heartbeat row
/// (when it was last seen, when it last ran a cycle) and the leases it holds.
public struct ClusterNode: Sendable, Equatable {
    public var name: String
    /// The node's last heartbeat, by the database's clock; nil for a node that
    /// holds leases but never wrote one (an older tradewatch).
    public var lastSeen: Date?
    /// How long ago `lastSeen` was when the list was read, by the database's
    /// clock, so the nodes' own clocks do not skew it.
    public var secondsSinceSeen: Double?
    public var lastCycleStarted: Date?
    public var lastCycleFinished: Date?
    /// The unexpired leases it holds, by feed URL.
    public var leases: [Lease]

    public struct Lease: Sendable, Equatable {
        public var feed: String
        public var expires: Date
        public init(feed: String, expires: Date) {
            self.feed = feed
            self.expires = expires
        }
    }

    public init(name: String, lastSeen: Date?, secondsSinceSeen: Double?, lastCycleStarted: Date?,
                lastCycleFinished: Date?, leases: [Lease]) {
        self.name = name
        self.lastSeen = lastSeen
        self.secondsSinceSeen = secondsSinceSeen
        self.lastCycleStarted = lastCycleStarted
        self.lastCycleFinished = lastCycleFinished
        self.leases = leases
    }
}
