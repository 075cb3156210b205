/// The schema, as an ordered list of migrations. Migration N brings the
/// database from `user_version` N-1 to N; never edit a shipped one, append.
enum Migrations {
    static let all: [String] = [
        // 1: feeds with validators and health, seen items, alerts, the positions ledger.
        """
        CREATE TABLE feeds (
            url            TEXT PRIMARY KEY,
            etag           TEXT,
            last_modified  TEXT,
            last_attempt   REAL,
            last_success   REAL,
            failures       INTEGER NOT NULL DEFAULT 0,
            failing_since  REAL,
            last_error     TEXT,
            retry_after    REAL,
            -- SHA-256 of the last body parsed: a server that ignores validators
            -- and sends the same bytes again is not parsed again.
            body_hash      TEXT
        );
        CREATE TABLE seen_items (
            feed        TEXT NOT NULL,
            item_id     TEXT NOT NULL,
            -- what the detector read (a hash of title + text) and what it
            -- claimed (a sorted list of topic/actor/direction/modality): an
            -- edited item is detected again, and alerts only for new claims.
            text_hash   TEXT NOT NULL,
            claims      TEXT NOT NULL,
            first_seen  REAL NOT NULL,
            PRIMARY KEY (feed, item_id)
        ) WITHOUT ROWID;
        -- AUTOINCREMENT: an id is never reused, even after the newest alert is deleted.
        CREATE TABLE alerts (
            id      INTEGER PRIMARY KEY AUTOINCREMENT,
            time    REAL NOT NULL,
            feed    TEXT NOT NULL,
            item_id TEXT NOT NULL,
            topic     TEXT NOT NULL,
            actor     TEXT NOT NULL,
            direction TEXT NOT NULL,
            modality  TEXT NOT NULL,
            record    TEXT NOT NULL
        );
        CREATE INDEX alerts_by_time ON alerts (time);
        CREATE TABLE positions (
            topic     TEXT NOT NULL,
            actor     TEXT NOT NULL,
            stance    TEXT NOT NULL,
            direction TEXT,
            modality  TEXT,
            alert_id  INTEGER REFERENCES alerts(id),
            updated   REAL NOT NULL,
            PRIMARY KEY (topic, actor)
        );
        -- Small named values, e.g. the last alert id written to the log
        -- (so a log rotated away is not written again).
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        );
        """,
        // 2: why the last body could not be processed, kept with its validators
        // and hash, so an unchanged broken feed is asked conditionally and not
        // parsed again, and stays failing.
        """
        ALTER TABLE feeds ADD COLUMN body_error TEXT;
        """,
        // 3: the rest of an alert's facets beside its record (`AlertFacets`), so
        // replays, sinks and repeat marking filter and compare without parsing
        // the record; `matched` is a JSON array of strings.
        """
        ALTER TABLE alerts ADD COLUMN severity TEXT NOT NULL DEFAULT '';
        ALTER TABLE alerts ADD COLUMN title    TEXT NOT NULL DEFAULT '';
        ALTER TABLE alerts ADD COLUMN matched  TEXT NOT NULL DEFAULT '[]';
        UPDATE alerts SET severity = COALESCE(json_extract(record, '$.severity'), ''),
                          title    = COALESCE(json_extract(record, '$.item.title'), ''),
                          matched  = COALESCE(json_extract(record, '$.matched'), '[]')
            WHERE json_valid(record);
        """,
    ]

    /// Applies every migration above the database's `user_version`, each in
    /// its own transaction with the version bump, so a crash leaves a
    /// consistent schema.
    static func apply(to db: SQLiteConnection) throws(StateDatabaseError) {
        let current: Int
        do throws(SQLiteError) {
            let versionQuery = try db.prepare("PRAGMA user_version")
            _ = try versionQuery.step()
            current = Int(versionQuery.int(0))
        } catch {
            throw .sqlite(error)
        }
        guard current <= all.count else {
            throw .newerSchema(path: db.path, version: current, known: all.count)
        }
        do throws(SQLiteError) {
            for version in current..<all.count {
                try db.transaction { () throws(SQLiteError) in
                    try db.execute(all[version])
                    try db.execute("PRAGMA user_version = \(version + 1)")
                }
            }
        } catch {
            throw .sqlite(error)
        }
    }
}
