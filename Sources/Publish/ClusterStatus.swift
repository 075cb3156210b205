import FoundationEssentials
import Model

/// A cluster node's view of the cluster for the socket's `status` answer
/// (`"cluster"`): the shared database, whether it answers, and every node
/// with its heartbeat, last cycle and leases.
package struct ClusterStatus: Sendable, Equatable {
    /// This node's name.
    var node: String
    /// The database's URL without any secret.
    var database: String
    /// Why the database does not answer, and since when; nil while it does.
    var unreachableSince: Date?
    var unreachableReason: String?
    /// When `nodes` was read: while the database does not answer, the last
    /// list it gave (nil when it never gave one).
    var nodesRead: Date?
    /// Every node the shared store knows, as it reported them.
    var nodes: [ClusterNode]

    package init(node: String, database: String, unreachableSince: Date?, unreachableReason: String?,
                nodesRead: Date?, nodes: [ClusterNode]) {
        self.node = node
        self.database = database
        self.unreachableSince = unreachableSince
        self.unreachableReason = unreachableReason
        self.nodesRead = nodesRead
        self.nodes = nodes
    }

    /// The `"cluster"` object of the status answer.
    func write(to w: inout JSONWriter) {
        w.object { w in
            w.field("node", node)
            w.field("database", database)
            w.field("database_answers", unreachableSince == nil)
            w.field("unreachable_since", date: unreachableSince)
            w.field("unreachable_reason", unreachableReason)
            w.field("nodes_read", date: nodesRead)
            w.key("nodes")
            w.array { w in
                for n in nodes {
                    w.object { w in
                        w.field("name", n.name)
                        w.field("this_node", n.name == node)
                        w.field("last_seen", date: n.lastSeen)
                        w.field("seen_seconds_ago", n.secondsSinceSeen.map { Int64($0.rounded(.down)) })
                        w.key("last_cycle")
                        if n.lastCycleStarted == nil && n.lastCycleFinished == nil {
                            w.null()
                        } else {
                            w.object { w in
                                w.field("started", date: n.lastCycleStarted)
                                w.field("finished", date: n.lastCycleFinished)
                            }
                        }
                        w.field("leases", n.leases.count)
                        // The soonest end of its leases: the holder renews them
                        // well before; one in the past means it stopped renewing.
                        w.field("leases_expire", date: n.leases.map(\.expires).min())
                        w.key("leased_feeds")
                        w.array { w in
                            for lease in n.leases {
                                w.object { w in
                                    w.field("url", lease.feed)
                                    w.field("expires", date: lease.expires)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
