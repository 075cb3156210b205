/// The PostgreSQL schema, as ordered migrations: migration N brings the
/// database from version N-1 to N (`schema_version`). Never edit a shipped
/// one, append. Each is a list of statements, applied in one transaction with
/// the version bump, under an advisory lock so nodes starting together migrate once.
enum PostgresMigrations {
    static let lockKey: Int64 = 0x7477_6d69_6772  // "twmigr"

    static let all: [[String]] = [
        // 1: the SQLite schema's tables (times as epoch seconds, as there),
        // plus what a cluster shares: one alert sequence, leases, per-node log marks.
        [
            """
            CREATE TABLE feeds (
                url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT,
                last_attempt DOUBLE PRECISION, last_success DOUBLE PRECISION,
                failures INTEGER NOT NULL DEFAULT 0, failing_since DOUBLE PRECISION, last_error TEXT,
                retry_after DOUBLE PRECISION, body_hash TEXT, body_error TEXT)
            """,
            """
            CREATE TABLE seen_items (
                feed TEXT NOT NULL, item_id TEXT NOT NULL, text_hash TEXT NOT NULL, claims TEXT NOT NULL,
                first_seen DOUBLE PRECISION NOT NULL, PRIMARY KEY (feed, item_id))
            """,
            // Ids from one sequence, taken under `alertLockKey`, so they become
            // visible in id order: a node reading id N+1 has N too.
            "CREATE SEQUENCE alert_ids",
            """
            CREATE TABLE alerts (
                id BIGINT PRIMARY KEY, time DOUBLE PRECISION NOT NULL, feed TEXT NOT NULL, item_id TEXT NOT NULL,
                topic TEXT NOT NULL, actor TEXT NOT NULL, direction TEXT NOT NULL, modality TEXT NOT NULL,
                record TEXT NOT NULL, node TEXT NOT NULL,
                -- one claim of one item alerts once in the cluster
                UNIQUE (feed, item_id, topic, actor, direction, modality))
            """,
            "CREATE INDEX alerts_by_time ON alerts (time)",
            """
            CREATE TABLE positions (
                topic TEXT NOT NULL, actor TEXT NOT NULL, stance TEXT NOT NULL, direction TEXT, modality TEXT,
                alert_id BIGINT REFERENCES alerts(id), updated DOUBLE PRECISION NOT NULL,
                PRIMARY KEY (topic, actor))
            """,
            // Who polls a feed: the node holding an unexpired lease. `ttl` is
            // the feed's interval in seconds; the holder renews it.
            """
            CREATE TABLE leases (
                feed TEXT PRIMARY KEY, node TEXT NOT NULL, expires TIMESTAMPTZ NOT NULL,
                ttl DOUBLE PRECISION NOT NULL, taken TIMESTAMPTZ NOT NULL)
            """,
            // Each node's log: the last alert id it wrote.
            "CREATE TABLE node_logs (node TEXT PRIMARY KEY, high_water BIGINT NOT NULL)",
        ],
        [
            // Each [[sink]]'s acknowledged alerts, shared by the nodes that run it.
            "CREATE TABLE sink_marks (sink TEXT PRIMARY KEY, high_water BIGINT NOT NULL)",
        ],
        [
            // 3: each node's heartbeat, for `tradewatch status`: when it was
            // last seen (the database's clock, as the leases') and when its
            // last cycle ran (its own clock, epoch seconds).
            """
            CREATE TABLE nodes (
                node TEXT PRIMARY KEY, last_seen TIMESTAMPTZ NOT NULL,
                last_cycle_started DOUBLE PRECISION, last_cycle_finished DOUBLE PRECISION)
            """,
        ],
        [
            // 4: one alert per (item, topic) in the cluster (DESIGN.md), not one
            // per whole claim: two nodes that judged one item apart (one read
            // its seen items before the other's commit, or runs another
            // detector during an upgrade) raise its topic once. Alerts already
            // committed that repeat an (item, topic) stay, flagged, outside the key.
            "ALTER TABLE alerts ADD COLUMN repeats_item_topic BOOLEAN NOT NULL DEFAULT false",
            """
            UPDATE alerts a SET repeats_item_topic = true WHERE EXISTS (
                SELECT 1 FROM alerts b WHERE b.feed = a.feed AND b.item_id = a.item_id AND b.topic = a.topic AND b.id < a.id)
            """,
            "ALTER TABLE alerts DROP CONSTRAINT alerts_feed_item_id_topic_actor_direction_modality_key",
            "CREATE UNIQUE INDEX alerts_once_per_item_topic ON alerts (feed, item_id, topic) WHERE NOT repeats_item_topic",
        ],
        [
            // 5: the rest of an alert's facets beside its record (`AlertFacets`), so
            // replays, sinks and repeat marking never parse the record;
            // `matched` is a JSON array of strings.
            """
            ALTER TABLE alerts ADD COLUMN severity TEXT NOT NULL DEFAULT '',
                ADD COLUMN title TEXT NOT NULL DEFAULT '', ADD COLUMN matched TEXT NOT NULL DEFAULT '[]'
            """,
            """
            UPDATE alerts SET severity = COALESCE(record::jsonb->>'severity', ''),
                title = COALESCE(record::jsonb->'item'->>'title', ''),
                matched = COALESCE((record::jsonb->'matched')::text, '[]')
            """,
        ],
    ]

    /// Alert ids are taken under this transaction lock (see `alerts`).
    static let alertLockKey: Int64 = 0x7477_616c_6572  // "twaler"
}
