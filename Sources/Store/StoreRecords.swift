import FoundationEssentials
import Model

/// What the store keeps about one feed: its HTTP validators and its health.
package struct FeedRecord: Sendable, Equatable {
    package var url: String
    package var etag: String?
    package var lastModified: String?
    package var lastAttempt: Date?
    package var lastSuccess: Date?
    /// Consecutive failed fetches; 0 when the last one worked.
    package var failures: Int
    package var failingSince: Date?
    package var lastError: String?
    /// A server's Retry-After: no request before this time.
    package var retryAfter: Date?
    /// SHA-256 of the last body parsed.
    package var bodyHash: String?
    /// Why the body of `bodyHash` could not be processed; nil when it was.
    package var bodyError: String?

    package init(url: String) {
        self.url = url
        failures = 0
    }

    /// True until the first fetch that returned content was committed: the
    /// first contact, when old items are marked seen without alerting.
    package var isFirstContact: Bool { lastSuccess == nil }
}

/// One item the detector has looked at. `textHash` is what it read, so an
/// unchanged item is not detected again; `claims` is what it claimed (the
/// caller's canonical text), so an edited item alerts only for new claims.
package struct SeenItem: Sendable, Equatable {
    package var itemID: String
    package var textHash: String
    package var claims: String
    package init(itemID: String, textHash: String, claims: String) {
        self.itemID = itemID
        self.textHash = textHash
        self.claims = claims
    }
}

/// The current stance of one (topic, actor) and the alert that set it.
package struct LedgerEntry: Sendable, Equatable {
    package var topic: String
    package var actor: String
    package var stance: String
    package var direction: String?
    package var modality: String?
    /// The alert that moved it; nil for entries not moved by an alert.
    package var alertID: Int64?
    package var updated: Date

    package init(topic: String, actor: String, stance: String, direction: String?, modality: String?,
                alertID: Int64?, updated: Date) {
        self.topic = topic
        self.actor = actor
        self.stance = stance
        self.direction = direction
        self.modality = modality
        self.alertID = alertID
        self.updated = updated
    }
}

/// Everything one fetched feed changes, committed in one transaction.
package struct FeedCommit: Sendable {
    package var url: String
    package var etag: String?
    package var lastModified: String?
    package var bodyHash: String?
    package var time: Date
    /// Items to mark seen (new, or edited with new claims).
    package var seen: [SeenItem]
    /// Alerts to store; their `id` is assigned by the store.
    package var alerts: [Alert]
    /// Ledger moves; `alertIndex` points into `alerts` (its id is filled in).
    package var moves: [(entry: LedgerEntry, alertIndex: Int?)]

    package init(url: String, etag: String?, lastModified: String?, bodyHash: String? = nil, time: Date,
                seen: [SeenItem], alerts: [Alert], moves: [(entry: LedgerEntry, alertIndex: Int?)]) {
        self.url = url
        self.bodyHash = bodyHash
        self.etag = etag
        self.lastModified = lastModified
        self.time = time
        self.seen = seen
        self.alerts = alerts
        self.moves = moves
    }
}

/// An alert's move, for recognising later copies of the same story: its
/// facets without its record.
package struct AlertedMove: Sendable, Equatable {
    package var id: Int64
    package var facets: AlertFacets

    package init(id: Int64, facets: AlertFacets) {
        self.id = id
        self.facets = facets
    }

    package init(_ alert: StoredAlert) {
        self.init(id: alert.id, facets: alert.facets)
    }
}
