import Synchronization

/// Makes chosen store operations fail on demand: the seam through which tests
/// give the daemon a database that fails the way a locked or broken one does
/// (SQLITE_IOERR), at exactly the read they mean. Nil in production.
package final class StoreFaults: Sendable {
    /// The store's operations that can be made to fail.
    package enum Operation: String, Sendable, CaseIterable {
        case feed, seenItems, recentMoves, commit, alerts
    }

    private let failing = Mutex<Set<Operation>>([])

    package init() {}

    /// Every call of `operation` fails from now until `heal`.
    package func fail(_ operation: Operation) { failing.withLock { _ = $0.insert(operation) } }

    package func heal(_ operation: Operation) { failing.withLock { _ = $0.remove(operation) } }

    func check(_ operation: Operation, path: String) throws(SQLiteError) {
        guard failing.withLock({ $0.contains(operation) }) else { return }
        throw SQLiteError(code: 10, path: path, operation: operation.rawValue,
                          message: "disk I/O error (injected by StoreFaults)")
    }
}
