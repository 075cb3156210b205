import Config
import Detect
import FoundationEssentials
import Model
import Report
import Store

/// What `positions` and `report` show: the config's baseline and the state
/// its daemon committed, read without disturbing a running daemon.
enum BoardLoading {
    /// The installed config, when `--config` is not given.
    static let defaultConfig = "/etc/tradewatch/tradewatch.toml"

    static func load(configPath: String?) throws(CommandFailure) -> (config: DaemonConfig, baseline: Baseline, board: PositionBoard) {
        let path = configPath ?? defaultConfig
        let config: DaemonConfig
        do throws(ConfigErrors) {
            config = try DaemonConfig.load(path: path)
        } catch {
            throw CommandFailure.config(path: path, error)
        }
        let baseline: Baseline
        let snapshot: StateSnapshot
        do throws(BaselineFileError) {
            baseline = try BaselineFile.load(path: config.baseline)
        } catch {
            throw CommandFailure.baseline(error)
        }
        do throws(StateDatabaseError) {
            snapshot = try StateSnapshot.read(directory: config.stateDir)
        } catch {
            throw CommandFailure.state(error)
        }
        let alerts = snapshot.alerts.compactMap { AlertFields(jsonLine: $0.record) }
        return (config, baseline, PositionBoard(baseline: baseline, ledger: snapshot.ledger, alerts: alerts))
    }
}
