import FoundationEssentials
import TOMLKit

/// `[store]`: the shared PostgreSQL of a cluster. Absent: SQLite in `state_dir`.
/// The password is never in the config: `password_file`, else `PGPASSFILE`
/// (libpq's format), else none (trust or peer authentication).
package struct StoreConfig: Sendable, Equatable {
    /// `postgresql://USER@HOST:PORT/DB[?sslmode=require]`.
    package var url: String
    package var passwordFile: String?

    init(url: String, passwordFile: String? = nil) {
        self.url = url
        self.passwordFile = passwordFile
    }
}

extension DaemonConfig {
    static let storeKeys: Set<String> = ["url", "password_file"]
    static let nodeKeys: Set<String> = ["name"]

    /// Reads `[store]` and `[node]` into `config` (fixed in DESIGN.md).
    static func readCluster(_ root: TOMLTable, into config: inout DaemonConfig, reader: inout TOMLReader,
                            folder: String) {
        if let value = root["store"] {
            if let store = value.table {
                reader.checkKeys(store, table: "store", allowed: storeKeys)
                if let url = reader.string(store, "store", "url", required: true) {
                    let lower = url.lowercased()
                    if lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres://") {
                        config.store = StoreConfig(url: url, passwordFile: reader.string(store, "store", "password_file")
                            .map { resolve($0, in: folder) })
                    } else {
                        reader.issue(table: "store", key: "url",
                                     "\"\(url)\" is not a postgresql:// URL (without [store], SQLite in state_dir)")
                    }
                }
            } else {
                reader.issue(table: "", key: "store", "must be a table ([store])")
            }
        }
        if let value = root["node"] {
            if let node = value.table {
                reader.checkKeys(node, table: "node", allowed: nodeKeys)
                if let name = reader.string(node, "node", "name") {
                    if name.isEmpty || name.utf8.count > 200 {
                        reader.issue(table: "node", key: "name", "must be 1 to 200 bytes")
                    } else {
                        config.nodeName = name
                    }
                }
            } else {
                reader.issue(table: "", key: "node", "must be a table ([node])")
            }
        }
    }
}
