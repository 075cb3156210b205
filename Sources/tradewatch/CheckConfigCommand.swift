import ArgumentParser
import Config

/// `tradewatch check-config`: validates a config; exit 0, or every problem
/// with file, line and key on stderr and exit 1.
struct CheckConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Validate a config file: exit 0, or print every problem with file, line and key.")

    @Option(help: "The config file.")
    var config: String

    func run() throws {
        let loaded: DaemonConfig
        do throws(ConfigErrors) {
            loaded = try DaemonConfig.load(path: config)
        } catch {
            throw CommandFailure.configRejected(path: config, error)
        }
        print("\(config): ok (\(loaded.feeds.count) feeds, baseline \(loaded.baseline))")
    }
}
