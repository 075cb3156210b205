import Config

/// The daemon's socket for a client command: `--socket`, else the one the
/// `--config` file names, else the default `/run/tradewatch/alerts.sock`.
enum DaemonSocketPath {
    static func resolve(socket: String?, config: String?) throws -> String {
        if let socket { return socket }
        if let config {
            do {
                return try DaemonConfig.load(path: config).socket
            } catch {
                throw CommandFailure("\(error)")
            }
        }
        return DaemonConfig(path: "").socket
    }
}
