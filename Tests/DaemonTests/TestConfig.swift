import Config
import Foundation

extension DaemonConfig {
    /// A config whose state and log live in a new temporary folder (the
    /// caller removes it), polling `feeds`.
    static func inTemporaryFolder(_ name: String, feeds: [String]) -> (config: DaemonConfig, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tw-\(name)-\(UUID().uuidString)")
        var config = DaemonConfig(path: folder.appendingPathComponent("tradewatch.toml").path)
        config.stateDir = folder.appendingPathComponent("state").path
        config.log = folder.appendingPathComponent("alerts.jsonl").path
        config.feeds = feeds.map { FeedConfig(url: $0) }
        return (config, folder)
    }
}
