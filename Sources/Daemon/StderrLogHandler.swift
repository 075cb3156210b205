import FoundationEssentials
import Logging
import SystemPackage

/// One line per event on stderr: `2026-11-24T10:15:02Z info feed failed url=... reason=...`.
/// Under journald (`JOURNAL_STREAM` set) the timestamp is left out: the
/// journal stamps every line itself.
package struct StderrLogHandler: LogHandler {
    package var logLevel: Logger.Level = .info
    package var metadata: Logger.Metadata = [:]
    private let label: String
    private let timestamps: Bool

    package init(label: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.label = label
        timestamps = environment["JOURNAL_STREAM"] == nil
    }

    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    package func log(event: LogEvent) {
        var line = timestamps ? Timestamp.rfc3339(Date()) + " " : ""
        line += "\(event.level) \(event.message)"
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) {
            let text = "\(value)"
            line += text.contains(" " as Character) ? " \(key)=\"\(text)\"" : " \(key)=\(text)"
        }
        line += "\n"
        // One write(2) per event, so lines of concurrent events never
        // interleave. A log line that cannot be written has nowhere to be reported.
        _ = try? FileDescriptor.standardError.writeAll(line.utf8)
    }
}

import Model
