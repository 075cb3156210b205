import FoundationEssentials
import Model

/// Reads shared by the daemon's `StateStore` and the read-only
/// `StateSnapshot` the CLI opens, so both read the same rows the same way.
enum StoreQueries {
    static func ledger(_ db: SQLiteConnection) throws(SQLiteError) -> [LedgerEntry] {
        try db.withStatement(
            "SELECT topic, actor, stance, direction, modality, alert_id, updated FROM positions ORDER BY topic, actor"
        ) { q throws(SQLiteError) in
            var out: [LedgerEntry] = []
            while try q.step() {
                out.append(LedgerEntry(topic: q.text(0) ?? "", actor: q.text(1) ?? "", stance: q.text(2) ?? "",
                                       direction: q.text(3), modality: q.text(4),
                                       alertID: q.isNull(5) ? nil : q.int(5), updated: q.date(6) ?? Date(timeIntervalSince1970: 0)))
            }
            return out
        }
    }

    /// Committed alerts with id > `after`, in id order.
    static func alerts(_ db: SQLiteConnection, after: Int64, limit: Int) throws(SQLiteError) -> [StoredAlert] {
        try db.withStatement("SELECT \(storedAlertColumns) FROM alerts WHERE id > ? ORDER BY id LIMIT ?") {
            q throws(SQLiteError) in
            try q.bind([.int(after), .int(Int64(limit))])
            var out: [StoredAlert] = []
            while try q.step() { out.append(storedAlert(q)) }
            return out
        }
    }

    /// The columns `storedAlert` reads, in its order.
    static let storedAlertColumns = "id, record, " + facetColumns

    /// The columns `facets(_:from:)` reads, in its order.
    static let facetColumns = "time, severity, topic, actor, direction, modality, title, matched"

    /// An alert row selected with `storedAlertColumns`: the record as stored, the facets from their columns.
    static func storedAlert(_ q: SQLiteStatement) -> StoredAlert {
        StoredAlert(id: q.int(0), record: q.text(1) ?? "", facets: facets(q, from: 2))
    }

    /// The facets of an alert row whose `facetColumns` start at column `first`.
    static func facets(_ q: SQLiteStatement, from first: Int32) -> AlertFacets {
        AlertFacets(time: q.date(first) ?? Date(timeIntervalSince1970: 0), severity: q.text(first + 1) ?? "",
                    topic: q.text(first + 2) ?? "", actor: q.text(first + 3) ?? "", direction: q.text(first + 4) ?? "",
                    modality: q.text(first + 5) ?? "", title: q.text(first + 6) ?? "",
                    matched: AlertFacets.matched(fromJSON: q.text(first + 7) ?? "[]"))
    }
}
