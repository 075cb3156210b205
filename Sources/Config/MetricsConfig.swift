import TOMLKit

/// `[metrics]`: where the daemon's Prometheus metrics go. Both optional;
/// without them no metrics are kept.
package struct MetricsConfig: Sendable, Equatable {
    /// Rewritten atomically after each cycle (node_exporter's textfile collector).
    package var textfile: String?
    /// Served over HTTP at `/metrics`; loopback addresses only.
    package var listen: LoopbackAddress?

    init(textfile: String? = nil, listen: LoopbackAddress? = nil) {
        self.textfile = textfile
        self.listen = listen
    }

    package var isEnabled: Bool { textfile != nil || listen != nil }

    static let keys: Set<String> = ["textfile", "listen"]
}

/// `127.0.0.1:9464`: an IPv4 loopback address and a port. Metrics are never
/// served beyond the machine; put a proxy in front to do that on purpose.
package struct LoopbackAddress: Sendable, Equatable, CustomStringConvertible {
    /// Four octets, the first 127.
    package var octets: [UInt8]
    package var port: UInt16

    /// nil unless `text` is `127.x.y.z:PORT` or `localhost:PORT` with a port 1-65535.
    init?(_ text: String) {
        guard let colon = text.lastIndex(of: ":"), let port = UInt16(text[text.index(after: colon)...]), port > 0 else {
            return nil
        }
        let host = text[..<colon]
        let octets = host == "localhost" ? [127, 0, 0, 1] : host.split(separator: ".", omittingEmptySubsequences: false).compactMap { UInt8($0) }
        guard octets.count == 4, octets[0] == 127 else { return nil }
        self.octets = octets
        self.port = port
    }

    package var description: String { octets.map(String.init).joined(separator: ".") + ":\(port)" }
}

extension DaemonConfig {
    /// Reads `[metrics]` into `config.metrics`, each problem an issue naming the key.
    static func readMetrics(_ table: TOMLTable, into config: inout DaemonConfig, reader: inout TOMLReader,
                            folder: String) {
        reader.checkKeys(table, table: "metrics", allowed: MetricsConfig.keys)
        if let path = reader.string(table, "metrics", "textfile") { config.metrics.textfile = resolve(path, in: folder) }
        if let text = reader.string(table, "metrics", "listen") {
            if let address = LoopbackAddress(text) {
                config.metrics.listen = address
            } else {
                reader.issue(table: "metrics", key: "listen",
                             "\"\(text)\" is not a loopback address and port (e.g. \"127.0.0.1:9464\"; metrics are served on the machine only)")
            }
        }
    }
}
