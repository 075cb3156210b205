import FoundationEssentials
import Model

/// The daemon's status object (the socket's `status` answer) as lines for people:
///
///     running since 2026-12-02T11:00:00Z (up 2h 5m), 3 subscribers
///     feeds: 399, 2 failing
///     last cycle: 2026-12-02T13:00:00Z to 2026-12-02T13:00:12Z: 12 fetched, 385 not modified, 2 failed, 30 new items, 1 alert
///     last alert: #42 2026-12-02T12:58:00Z high rare-earth-exports: China suspends ...
///     failing:
///       https://example.org/feed.xml: HTTP 404 (3 times since 2026-12-02T12:40:00Z)
///     store: sqlite
///
/// and on a cluster store, instead of the last line:
///
///     store: postgresql://tw@db:5432/tradewatch, node watch-a, database answers
///     nodes (read 2026-12-02T13:00:13Z):
///       watch-a (this node): 210 leases until 2026-12-02T13:08:00Z or later, last cycle 2026-12-02T13:00:12Z, seen 0s ago
///       watch-b: 189 leases until 2026-12-02T13:07:51Z or later, last cycle 2026-12-02T13:00:03Z, seen 2s ago
struct StatusText {
    let status: JSONValue

    init(_ status: JSONValue) {
        self.status = status
    }

    var lines: [String] {
        var lines: [String] = []
        var first = "running"
        if let started = status["started"]?.string { first += " since \(started)" }
        if let up = status["uptime_seconds"]?.int64 { first += " (up \(Self.span(up)))" }
        if let subscribers = status["subscribers"]?.int64 {
            first += ", \(subscribers) subscriber\(subscribers == 1 ? "" : "s")"
        }
        lines.append(first)
        let feeds = status["feeds"]?.int64 ?? 0
        let failing = status["failing"]?.int64 ?? 0
        lines.append("feeds: \(feeds), \(failing) failing")
        lines.append("last cycle: " + cycle)
        lines.append("last alert: " + lastAlert)
        let failures: [JSONValue]
        if case .array(let list)? = status["failures"] { failures = list } else { failures = [] }
        if !failures.isEmpty {
            lines.append("failing:")
            for f in failures {
                let url = f["url"]?.string ?? "?"
                let reason = f["reason"]?.string ?? "unknown"
                let times = f["consecutive"]?.int64 ?? 0
                var when = "\(times) time\(times == 1 ? "" : "s")"
                if let since = f["since"]?.string { when += " since \(since)" }
                if case .bool(true)? = f["down"] { when += ", down for a day or more" }
                lines.append("  \(url): \(reason) (\(when))")
            }
        }
        lines += store
        return lines
    }

    /// The store, and on a cluster store its database and nodes; nothing from
    /// a daemon older than these fields.
    private var store: [String] {
        guard let cluster = status["cluster"], !cluster.isNull else {
            return status["store"]?.string.map { ["store: \($0)"] } ?? []
        }
        var first = "store: \(cluster["database"]?.string ?? "?"), node \(cluster["node"]?.string ?? "?"), "
        if case .bool(false)? = cluster["database_answers"] {
            first += "database unreachable since \(cluster["unreachable_since"]?.string ?? "?"): "
                + (cluster["unreachable_reason"]?.string ?? "unknown")
        } else {
            first += "database answers"
        }
        var lines = [first]
        let nodes: [JSONValue]
        if case .array(let list)? = cluster["nodes"] { nodes = list } else { nodes = [] }
        lines.append("nodes" + (cluster["nodes_read"]?.string.map { " (read \($0))" } ?? "") + ":"
                     + (nodes.isEmpty ? " none known" : ""))
        for n in nodes {
            var line = "  \(n["name"]?.string ?? "?")"
            if case .bool(true)? = n["this_node"] { line += " (this node)" }
            let leases = n["leases"]?.int64 ?? 0
            line += ": \(leases) lease\(leases == 1 ? "" : "s")"
            if let until = n["leases_expire"]?.string { line += " until \(until) or later" }
            let cycle = n["last_cycle"]?["finished"]?.string ?? n["last_cycle"]?["started"]?.string
            line += ", last cycle \(cycle ?? "none yet")"
            if let ago = n["seen_seconds_ago"]?.int64 { line += ", seen \(Self.span(ago)) ago" }
            lines.append(line)
        }
        return lines
    }

    private var cycle: String {
        guard let c = status["last_cycle"], !c.isNull else { return "none yet" }
        var text = "\(c["started"]?.string ?? "?") to \(c["finished"]?.string ?? "?")"
        let counts: [(String, String)] = [("fetched", "fetched"), ("not_modified", "not modified"), ("failed", "failed"),
                                          ("new_items", "new items"), ("alerts", "alerts")]
        let parts = counts.compactMap { key, label in c[key]?.int64.map { "\($0) \(label)" } }
        if !parts.isEmpty { text += ": " + parts.joined(separator: ", ") }
        return text
    }

    private var lastAlert: String {
        guard let a = status["last_alert"], !a.isNull else {
            let id = status["last_alert_id"]?.int64 ?? 0
            return id > 0 ? "#\(id)" : "none yet"
        }
        let id = a["id"]?.int64 ?? 0
        return "#\(id) \(a["time"]?.string ?? "-") \(a["severity"]?.string ?? "") \(a["topic"]?.string ?? ""): "
            + (a["title"]?.string ?? "")
    }

    /// `45s`, `12m 3s`, `2h 5m`, `3d 4h`.
    static func span(_ seconds: Int64) -> String {
        let (d, h, m, s) = (seconds / 86_400, seconds % 86_400 / 3600, seconds % 3600 / 60, seconds % 60)
        if d > 0 { return "\(d)d \(h)h" }
        if h > 0 { return "\(h)h \(m)m" }
        if m > 0 { return "\(m)m \(s)s" }
        return "\(s)s"
    }
}
