/// One problem in a config or baseline file, with where it is:
/// `tradewatch.toml:12: feed[3].interval: bad duration "5x" (use e.g. "90s", "5m", "1h")`.
package struct ConfigIssue: Error, CustomStringConvertible, Sendable, Equatable {
    let file: String
    /// 1-based; nil when the problem has no single line (e.g. a missing key).
    let line: Int?
    /// The key's path, e.g. `daemon.interval`, `feed[2].url`; empty for the whole file.
    let key: String
    let message: String

    init(file: String, line: Int?, key: String, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    package var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return key.isEmpty ? "\(place): \(message)" : "\(place): \(key): \(message)"
    }
}

/// Every problem found in one file, not just the first.
public struct ConfigErrors: Error, CustomStringConvertible, Sendable {
    package let issues: [ConfigIssue]

    init(_ issues: [ConfigIssue]) {
        self.issues = issues
    }

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
