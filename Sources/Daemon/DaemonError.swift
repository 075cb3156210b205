import PostgresStore
import Publish
import Store
import Telemetry

/// A failure that stops the daemon from starting: what failed, on which file,
/// address or socket, and the cause underneath.
package enum DaemonError: Error, CustomStringConvertible, Sendable {
    /// The SQLite state in `state_dir` could not be opened (its folder, the file, the schema).
    case stateNotOpened(StateDatabaseError)
    /// The cluster's PostgreSQL store (`[store] url`) could not be reached or prepared.
    case sharedStateNotOpened(PostgresStoreError)
    /// The store opened, but what the daemon starts from (`reading`: the
    /// ledger, the feeds' records, the last alert id) could not be read.
    case stateNotRead(location: String, reading: String, cause: any Error)
    /// The store holds no alerts while the log does: the state was lost or replaced.
    case stateLost(location: String, log: String, lastLogged: Int64)
    /// `[metrics] listen`: the loopback listener could not bind.
    case metricsNotServed(address: String, cause: MetricsWriteError)
    /// The subscriber socket could not be taken from systemd or bound.
    case socketNotOpened(SocketError)

    package var description: String {
        switch self {
        case .stateNotOpened(let error):
            "cannot open the state database: \(error)"
        case .sharedStateNotOpened(let error):
            "cannot open the shared state database: \(error)"
        case .stateNotRead(let location, let reading, let cause):
            "cannot read the state database \(location) (\(reading)): \(cause)"
        case .stateLost(let location, let log, let lastLogged):
            "the state database \(location) holds no alerts but the alert log \(log) "
                + "ends at alert #\(lastLogged): the state was lost or replaced; restore it, "
                + "or move the log away to start afresh"
        case .metricsNotServed(let address, let cause):
            "[metrics] listen: cannot listen on \(address): \(cause)"
        case .socketNotOpened(let error):
            "subscriber socket: \(error)"
        }
    }
}
