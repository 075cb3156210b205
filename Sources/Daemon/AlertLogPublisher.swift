import FoundationEssentials
import Logging
import Model
import Publish
import Store

/// Keeps the alert log up to date with the store: appends every committed
/// alert above the log's last id, fsyncs, and reopens the file after
/// logrotate moved it away.
///
/// An actor on a thread of its own (`ThreadExecutor`): write and fsync block,
/// and must not hold a cooperative thread. Being one actor also orders a
/// reopen against the appends: once `reopen` returns, nothing more goes to
/// the old file, so logrotate may compress or remove it.
actor AlertLogPublisher {
    let path: String
    private let store: any StateStoring
    private let logger: Logger
    private let executor = ThreadExecutor(name: "tradewatch-log")
    /// Nil while the log cannot be opened (its file unwritable, its folder
    /// missing): alerts wait in the store and every cycle tries again.
    private var log: AlertLog?
    /// The last `publish` failed (disk full, file gone): `catchUp` reopens
    /// the log and retries, so it catches up once writing works again even
    /// when no new alert comes to trigger a write.
    private var failed = false

    nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    init(path: String, store: any StateStoring, logger: Logger) {
        self.path = path
        self.store = store
        self.logger = logger
        do {
            log = try Self.open(path)
        } catch {
            // Not fatal: the store keeps every alert, and the log catches up
            // once it can be opened (see `publish`).
            logger.error("cannot open the alert log; alerts stay in the store and are written when it works again",
                         metadata: ["log": "\(path)", "error": "\(error)"])
            log = nil
        }
    }

    deinit { executor.shutdown() }

    /// The id of the last alert the log (this file or a rotated one) holds.
    var loggedLastID: Int64 { log?.lastID ?? 0 }

    /// Appends every committed alert above the log's last id, then fsyncs.
    /// A failure (disk full, file unwritable, the store unreadable) is
    /// logged; the alerts stay in the store and the next call catches up.
    func publish() async {
        do {
            let log = try openLog()
            let highWater = try await store.logHighWater()
            var after = max(log.lastID, highWater)
            while true {
                let batch = try await store.alerts(after: after, limit: 1000)
                guard !batch.isEmpty else { break }
                // Appends only ids above the log's last: a publish that
                // interleaved with this one at an await writes nothing twice.
                try log.append(batch)
                try await store.setLogHighWater(log.lastID)
                after = batch.last!.id
            }
            failed = false
        } catch {
            failed = true
            logger.error("alert log not written; alerts stay in the store and are written when it works again",
                         metadata: ["log": "\(path)", "error": "\(error)"])
        }
    }

    /// After a failed `publish`: reopens the log and publishes again.
    func catchUp() async {
        guard failed else { return }
        reopen()
        await publish()
    }

    /// Closes the log and opens its path again (after logrotate renamed it).
    func reopen() {
        do {
            if let log { try log.reopen() } else { log = try Self.open(path) }
        } catch {
            logger.error("cannot reopen the alert log", metadata: ["log": "\(path)", "error": "\(error)"])
        }
    }

    /// The open log, opening it first when it could not be before.
    private func openLog() throws -> AlertLog {
        if let log { return log }
        let opened = try Self.open(path)
        log = opened
        return opened
    }

    private static func open(_ path: String) throws -> AlertLog {
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        return try AlertLog(path: path)
    }
}
