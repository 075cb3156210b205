import Config
import Detect

/// Loads the baseline for a command: `--baseline PATH`, else the standard lookup.
enum BaselineLoading {
    static func load(_ explicit: String?) throws(CommandFailure) -> Baseline {
        guard let path = BaselineLocator.locate(explicit: explicit) else {
            throw CommandFailure.noBaseline(searched: BaselineLocator.candidates())
        }
        do throws(BaselineFileError) {
            return try BaselineFile.load(path: path)
        } catch {
            throw CommandFailure.baseline(error)
        }
    }
}
