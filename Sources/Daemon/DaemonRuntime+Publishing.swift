import Model
import Publish
import Store

/// Committed alerts going out: the log, fed from the store, and subscribers
/// catching up.
extension DaemonRuntime {
    /// A feed's alerts just committed. Subscribers hear of them whether or
    /// not the log can be written now; in a cluster every node's alerts go
    /// out in id order instead (DaemonRuntime+Cluster.swift).
    func announce(_ committed: [StoredAlert]) async {
        if store.sharedByNodes {
            await deliverClusterAlerts()
        } else {
            for listener in listeners { listener(committed) }
            await logPublisher.publish()
        }
    }

    /// Brings the alert log up to date with the store (see `AlertLogPublisher`).
    func publish() async {
        await logPublisher.publish()
    }

    /// Committed alerts after `id`, for subscribers catching up.
    func storedAlerts(after id: Int64, limit: Int) async throws -> [StoredAlert] {
        try await store.alerts(after: id, limit: limit)
    }
}
