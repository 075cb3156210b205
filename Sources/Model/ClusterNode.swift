import FoundationEssentials

/// One node of a cluster as the shared store knows it: its heartbeat row
/// (when it was last seen, when it last ran a cycle) and the leases it holds.
package struct ClusterNode: Sendable, Equatable {
    package var name: String
    /// The node's last heartbeat, by the database's clock; nil for a node that
    /// holds leases but never wrote one (an older tradewatch).
    package var lastSeen: Date?
    /// How long ago `lastSeen` was when the list was read, by the database's
    /// clock, so the nodes' own clocks do not skew it.
    package var secondsSinceSeen: Double?
    package var lastCycleStarted: Date?
    package var lastCycleFinished: Date?
    /// The unexpired leases it holds, by feed URL.
    package var leases: [Lease]

    package struct Lease: Sendable, Equatable {
        package var feed: String
        package var expires: Date
        package init(feed: String, expires: Date) {
            self.feed = feed
            self.expires = expires
        }
    }

    package init(name: String, lastSeen: Date?, secondsSinceSeen: Double?, lastCycleStarted: Date?,
                lastCycleFinished: Date?, leases: [Lease]) {
        self.name = name
        self.lastSeen = lastSeen
        self.secondsSinceSeen = secondsSinceSeen
        self.lastCycleStarted = lastCycleStarted
        self.lastCycleFinished = lastCycleFinished
        self.leases = leases
    }
}
