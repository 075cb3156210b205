import FoundationEssentials
import Model

/// What the store keeps about one feed: its HTTP validators and its health.
public struct FeedRecord: Sendable, Equatable {
    public var url: String
    public var etag: String?
    public var lastModified: String?
    public var lastAttempt: Date?
    public var lastSuccess: Date?
    /// Consecutive failed fetches; 0 when the last one worked.
    public var failures: Int
    public var failingSince: Date?
    public var lastError: String?
    /// A server's Retry-After: no request before this time.
    public var retryAfter: Date?
    /// SHA-256 of the last body parsed.
    public var bodyHash: String?
    /// Why the body of `bodyHash` could not be processed; nil when it was.
    public var bodyError: String?

    public init(url: String) {
        self.url = url
        failures = 0
    }

    /// True until the first fetch that returned content was committed: the
    /// first contact, when old items are marked seen without alerting.
    public var isFirstContact: Bool { lastSuccess == nil }
}

/// One item the detector has looked at. `textHash` is what it read, so an
/// unchanged item is not detected again; `claims` is what it claimed (the
/// caller's canonical text), so an edited item alerts only for new claims.
public struct SeenItem: Sendable, Equatable {
    public var itemID: String
    public var textHash: String
    public var claims: String
    public init(itemID: String, textHash: String, claims: String) {
        self.itemID = itemID
        self.textHash = textHash
        self.claims = claims
    }
}

/// The current stance of one (topic, actor) and the alert that set it.
public struct LedgerEntry: Sendable, Equatable {
    public var topic: String
    public var actor: String
    public var stance: String
    public var direction: String?
    public var modality: String?
    /// The alert that moved it; nil for entries not moved by an alert.
    public var alertID: Int64?
    public var updated: Date

    public init(topic: String, actor: String, stance: String, direction: String?, modality: String?,
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
public struct FeedCommit: Sendable {
    public var url: String
    public var etag: String?
    public var lastModified: String?
    public var bodyHash: String?
    public var time: Date
    /// Items to mark seen (new, or edited with new claims).
    public var seen: [SeenItem]
    /// Alerts to store; their `id` is assigned by the store.
    public var alerts: [Alert]
    /// Ledger moves; `alertIndex` points into `alerts` (its id is filled in).
    public var moves: [(entry: LedgerEntry, alertIndex: Int?)]

    public init(url: String, etag: String?, lastModified: String?, bodyHash: String? = nil, time: Date,
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
public struct AlertedMove: Sendable, Equatable {
    public var id: Int64
    public var facets: AlertFacets

    public init(id: Int64, facets: AlertFacets) {
        self.id = id
        self.facets = facets
    }

    public init(_ alert: StoredAlert) {
        self.init(id: alert.id, facets: alert.facets)
    }
}
