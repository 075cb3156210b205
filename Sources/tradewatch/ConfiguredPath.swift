import Config

/// A path a client command takes from its own option, else from the
/// `--config` file (`field`, e.g. the socket or the alert log), else the
/// default config's.
enum ConfiguredPath {
    static func resolve(_ explicit: String?, config: String?, _ field: KeyPath<DaemonConfig, String>) throws(CommandFailure) -> String {
        if let explicit { return explicit }
        if let config {
            do throws(ConfigErrors) {
                return try DaemonConfig.load(path: config)[keyPath: field]
            } catch {
                throw CommandFailure.config(path: config, error)
            }
        }
        return DaemonConfig(path: "")[keyPath: field]
    }
}
