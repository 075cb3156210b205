import Model

/// The lines the server sends, each a JSON object and a newline.
package enum ServerMessage {
    static let protocolVersion = 1

    static func hello(lastID: Int64) -> String {
        "{\"type\":\"hello\",\"version\":\(protocolVersion),\"last_id\":\(lastID)}\n"
    }

    static let pong = "{\"type\":\"pong\"}\n"

    /// After a replay: every matching alert up to `lastID` has been sent.
    /// (An addition to DESIGN.md's protocol, so clients know when the replay ends.)
    static func replayed(lastID: Int64) -> String {
        "{\"type\":\"replayed\",\"last_id\":\(lastID)}\n"
    }

    static func error(code: String, message: String, lastSent: Int64? = nil) -> String {
        var w = JSONWriter()
        w.object { w in
            w.field("type", "error")
            w.field("code", code)
            w.field("message", message)
            if let lastSent { w.field("last_sent", lastSent) }
        }
        return w.output + "\n"
    }

    /// `{"type":"status","subscribers":N, ...}` around the daemon's status
    /// object text; `subscribers` (the other connections) only the server knows.
    package static func status(_ object: String, subscribers: Int? = nil) -> String {
        wrap(type: "status", object: object, fields: subscribers.map { ",\"subscribers\":\($0)" } ?? "")
    }

    /// `{"type":"alert", ...record}`: the record is spliced in, not re-serialised.
    package static func alert(_ record: String) -> String {
        wrap(type: "alert", object: record)
    }

    /// `fields`: more members, each written as `,"name":value`, after `type`.
    private static func wrap(type: String, object: String, fields: String = "") -> String {
        var body = Substring(object)
        while let first = body.first, first.isWhitespace { body = body.dropFirst() }
        guard body.first == "{" else { return "{\"type\":\"\(type)\"\(fields)}\n" }
        body = body.dropFirst()
        while let first = body.first, first.isWhitespace { body = body.dropFirst() }
        if body.first == "}" { return "{\"type\":\"\(type)\"\(fields)}\n" }
        return "{\"type\":\"\(type)\"\(fields)," + body + "\n"
    }
}
