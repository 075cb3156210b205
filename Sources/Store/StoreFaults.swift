import Model

/// Makes chosen store operations fail on demand: the seam through which tests
/// give the daemon a database that fails the way a locked or broken one does
/// (SQLITE_IOERR), at exactly the read they mean. Nil in production.
public final class StoreFaults: Sendable {
    /// The store's operations that can be made to fail.
    public enum Operation: String, Sendable, CaseIterable {
        case feed, seenItems, recentMoves, commit, alerts
    }

    private let failing = LockedSet()

    public init() {}

    /// Every call of `operation` fails from now until `heal`.
    public func fail(_ operation: Operation) { failing.insert(operation) }

    public func heal(_ operation: Operation) { failing.remove(operation) }

    func check(_ operation: Operation, path: String) throws(SQLiteError) {
        guard failing.contains(operation) else { return }
        throw SQLiteError(code: 10, path: path, operation: operation.rawValue,
                          message: "disk I/O error (injected by StoreFaults)")
    }

    private final class LockedSet: @unchecked Sendable {
        // @unchecked: `operations` is only touched with `lock` held.
        private let lock = SystemLock()
        private var operations: Set<Operation> = []
        func insert(_ operation: Operation) { lock.withLock { _ = operations.insert(operation) } }
        func remove(_ operation: Operation) { lock.withLock { _ = operations.remove(operation) } }
        func contains(_ operation: Operation) -> Bool { lock.withLock { operations.contains(operation) } }
    }
}
