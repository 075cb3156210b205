#if canImport(Glibc)
import Glibc
#endif
import FoundationEssentials
import Logging

/// One line per event on stderr: `2026-11-24T10:15:02Z info feed failed url=... reason=...`.
/// Under journald (`JOURNAL_STREAM` set) the timestamp is left out: the
/// journal stamps every line itself.
public struct StderrLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    private let label: String
    private let timestamps: Bool

    public init(label: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.label = label
        timestamps = environment["JOURNAL_STREAM"] == nil
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var line = timestamps ? Timestamp.rfc3339(Date()) + " " : ""
        line += "\(event.level) \(event.message)"
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) {
            let text = "\(value)"
            line += text.contains(" " as Character) ? " \(key)=\"\(text)\"" : " \(key)=\(text)"
        }
        line += "\n"
        // One write(2) per event, so lines of concurrent events never interleave.
        var bytes = Array(line.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress! + offset, $0.count - offset) }
            if n > 0 { offset += n } else if n < 0 && errno == EINTR { continue } else { break }
        }
    }
}

import Model
