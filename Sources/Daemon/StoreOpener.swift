#if canImport(Glibc)
import Glibc
#endif
import Config
import FoundationEssentials
import Logging
import PostgresStore
import Store

/// Opens the store a config names: PostgreSQL for a `[store] url` (with this
/// node's name, `[node] name` or the host name), else SQLite in `state_dir`.
package enum StoreOpener {
    package static func open(_ config: DaemonConfig, logger: Logger,
                            environment: [String: String] = ProcessInfo.processInfo.environment)
        async throws(DaemonError) -> any StateStoring {
        guard let store = config.store else {
            do throws(StateDatabaseError) {
                return try StateStore(directory: config.stateDir)
            } catch {
                throw .stateNotOpened(error)
            }
        }
        do throws(PostgresStoreError) {
            let target = try PostgresTarget.parse(url: store.url, passwordFile: store.passwordFile,
                                                  environment: environment)
            return try await PostgresStore.open(target: target, node: nodeName(config))
        } catch {
            throw .sharedStateNotOpened(error)
        }
    }

    /// `[node] name`, else the host name.
    package static func nodeName(_ config: DaemonConfig) -> String {
        if let name = config.nodeName { return name }
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return "localhost" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
