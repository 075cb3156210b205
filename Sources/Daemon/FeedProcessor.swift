import FoundationEssentials
import Model
import Parse
import Store

/// Turns a fetched body into what the runtime commits: parse, normalise,
/// dedupe against the items seen before, detect against the current ledger.
/// No I/O: everything it needs is passed in.
package protocol FeedProcessor: Sendable {
    /// Parses a body ahead of `process`, in the task that fetched it, so the
    /// feeds of a cycle parse in parallel while `process` (which needs the
    /// store's current state) runs one feed at a time. Nil: no early parse.
    func parse(_ body: [UInt8], feedURL: String, finalURL: String, charset: String?) -> Result<Feed, FeedProcessingError>?

    func process(_ input: FeedInput) throws(FeedProcessingError) -> FeedPlan
}

extension FeedProcessor {
    package func parse(_ body: [UInt8], feedURL: String, finalURL: String, charset: String?) -> Result<Feed, FeedProcessingError>? {
        nil
    }
}

package struct FeedInput: Sendable {
    /// A move alerted again within this many seconds is a repeat of the story.
    static let repeatWindow: TimeInterval = 48 * 3600

    var body: [UInt8]
    /// The configured URL (the feed's identity) and where redirects ended.
    var feedURL: String
    var finalURL: String
    /// The server's Content-Type charset, if it sent one.
    var charset: String?
    var seen: [String: SeenItem]
    /// The first fetch of this feed: old items are marked seen without alerting.
    var firstContact: Bool
    var maxAge: Duration
    var ledger: [LedgerEntry]
    /// Moves alerted recently, so a copy of the same story is marked a repeat.
    var recentMoves: [AlertedMove]
    var now: Date
    /// `body` already parsed (`FeedProcessor.parse`), or nil.
    var parsed: Feed?

    package init(body: [UInt8], feedURL: String, finalURL: String, seen: [String: SeenItem], firstContact: Bool,
                maxAge: Duration, ledger: [LedgerEntry], recentMoves: [AlertedMove], now: Date, parsed: Feed? = nil,
                charset: String? = nil) {
        self.body = body
        self.charset = charset
        self.feedURL = feedURL
        self.finalURL = finalURL
        self.seen = seen
        self.firstContact = firstContact
        self.maxAge = maxAge
        self.ledger = ledger
        self.recentMoves = recentMoves
        self.now = now
        self.parsed = parsed
    }
}

/// What one feed's new content changes.
package struct FeedPlan: Sendable {
    var itemCount: Int
    var seen: [SeenItem]
    package var alerts: [Alert]
    var moves: [(entry: LedgerEntry, alertIndex: Int?)]

    package init(itemCount: Int, seen: [SeenItem], alerts: [Alert], moves: [(entry: LedgerEntry, alertIndex: Int?)]) {
        self.itemCount = itemCount
        self.seen = seen
        self.alerts = alerts
        self.moves = moves
    }
}

extension FeedPlan {
    /// The id each of `alerts` was committed with, in their order; nil for
    /// one the store left out. `committed` keeps the order of `alerts`.
    /// A committed alert is matched by its facets; only where two planned
    /// alerts share all facets (one story under two item ids) does its
    /// record, which names the item, decide.
    package func committedIDs(_ committed: [StoredAlert]) -> [Int64?] {
        let planned = alerts.map(AlertFacets.init)
        var rest = committed[...]
        return alerts.indices.map { index in
            guard let next = rest.first, next.facets == planned[index] else { return nil }
            if planned.lazy.filter({ $0 == planned[index] }).count > 1 {
                var alert = alerts[index]
                alert.id = next.id
                guard alert.jsonLine == next.record else { return nil }
            }
            rest = rest.dropFirst()
            return next.id
        }
    }

    /// The ledger after this plan's moves, the alert ids as committed (in
    /// the order of `alerts`): what the store's commit does to its table.
    /// A nil id is an alert the store left out (a cluster had alerted its
    /// item and topic already): its move is not made.
    package func applyMoves(to ledger: inout [LedgerEntry], alertIDs: [Int64?]) {
        for (entry, index) in moves {
            var entry = entry
            if let index {
                guard let id = alertIDs[index] else { continue }
                entry.alertID = id
            }
            ledger.removeAll { $0.topic == entry.topic && $0.actor == entry.actor }
            ledger.append(entry)
        }
    }
}

/// A body that could not be processed. Recorded on the feed (its
/// `lastError`, the socket's `status`), so the text names the document.
package enum FeedProcessingError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Not a feed, or broken beyond repair: the parser's error names the
    /// feed (its URL) and, where libxml2 knows it, the line.
    case unparsable(FeedParseError)

    package var description: String {
        switch self {
        case .unparsable(let error): error.description
        }
    }
}
