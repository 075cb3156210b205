import FoundationEssentials
import Model

/// Reads shared by the daemon's `StateStore` and the read-only
/// `StateSnapshot` the CLI opens, so both read the same rows the same way.
enum StoreQueries {
    static func ledger(_ db: SQLiteConnection) throws(SQLiteError) -> [LedgerEntry] {
        let q = try db.prepare(
            "SELECT topic, actor, stance, direction, modality, alert_id, updated FROM positions ORDER BY topic, actor")
        var out: [LedgerEntry] = []
        while try q.step() {
            out.append(LedgerEntry(topic: q.text(0) ?? "", actor: q.text(1) ?? "", stance: q.text(2) ?? "",
                                   direction: q.text(3), modality: q.text(4),
                                   alertID: q.isNull(5) ? nil : q.int(5), updated: q.date(6) ?? Date(timeIntervalSince1970: 0)))
        }
        return out
    }

    /// Committed alerts with id > `after`, in id order.
    static func alerts(_ db: SQLiteConnection, after: Int64, limit: Int) throws(SQLiteError) -> [StoredAlert] {
        let q = try db.prepare("SELECT id, record FROM alerts WHERE id > ? ORDER BY id LIMIT ?")
        try q.bind([.int(after), .int(Int64(limit))])
        var out: [StoredAlert] = []
        while try q.step() { out.append(StoredAlert(id: q.int(0), record: q.text(1) ?? "")) }
        return out
    }
}
