/// Why the state database could not be opened or read, naming the file or
/// folder. A failed SQLite call is `.sqlite`; the other cases are found
/// around SQLite (the folder, the file's presence, the schema it holds).
package enum StateDatabaseError: Error, CustomStringConvertible, Sendable {
    /// `mkdir -p` of the state folder failed at `at` (one of its ancestors or itself).
    case folderNotCreated(folder: String, at: String, reason: String)
    /// The state folder's path exists and is not a folder.
    case notAFolder(String)
    /// No `state.db` (read-only opens never create one).
    case missing(path: String)
    /// A database with no tradewatch schema where one was expected.
    case notAStateDatabase(path: String)
    /// Written by a newer tradewatch: migrating down is not possible.
    case newerSchema(path: String, version: Int, known: Int)
    /// Written by an older tradewatch and not migrated yet: a read-only
    /// snapshot never migrates, so it cannot read the columns it lacks.
    case olderSchema(path: String, version: Int, known: Int)
    /// `PRAGMA quick_check` found damage.
    case damaged(path: String, check: String)
    case sqlite(SQLiteError)

    package var description: String {
        switch self {
        case .folderNotCreated(let folder, let at, let reason):
            "\(folder): cannot create the state folder: \(at): \(reason)"
        case .notAFolder(let folder):
            "\(folder): cannot create the state folder: not a directory"
        case .missing(let path):
            "\(path): no state database (has `tradewatch run` run with this state_dir?)"
        case .notAStateDatabase(let path):
            "\(path): not a tradewatch state database (empty schema)"
        case .newerSchema(let path, let version, let known):
            "\(path): schema version \(version) is newer than this tradewatch knows (\(known))"
        case .olderSchema(let path, let version, let known):
            "\(path): schema version \(version) is older than this tradewatch reads (\(known)); `tradewatch run` upgrades it"
        case .damaged(let path, let check):
            "\(path): integrity check failed: \(check)"
        case .sqlite(let error):
            error.description
        }
    }
}
