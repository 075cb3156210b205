import Config
import Detect

/// Loads the baseline for a command: `--baseline PATH`, else the standard lookup.
enum BaselineLoading {
    static func load(_ explicit: String?) throws -> Baseline {
        guard let path = BaselineLocator.locate(explicit: explicit) else {
            throw CommandFailure("no baseline file found (looked in \(BaselineLocator.candidates().joined(separator: ", "))); pass --baseline PATH")
        }
        do {
            return try BaselineFile.load(path: path)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
