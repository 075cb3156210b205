#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Config
import FoundationEssentials
import Model
import Publish

/// `tradewatch alerts`: reads the alert log, filters, prints a table for
/// people (when stdout is a terminal) or JSON lines (`--json`, or piped).
struct AlertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "Read the alert log: filter, print for people or as JSON lines, or follow it.")

    @Option(help: "The alert log (default: the config's, else /var/log/tradewatch/alerts.jsonl).")
    var log: String?

    @Option(help: "Take the log path from this config file.")
    var config: String?

    @Option(help: "Only this topic id (repeatable).")
    var topic: [String] = []

    @Option(help: "Only this actor: US or China (repeatable).")
    var actor: [String] = []

    @Option(help: "Only this direction: easing or tightening.")
    var direction: [String] = []

    @Option(help: "Only this severity: low, medium or high (repeatable).")
    var severity: [String] = []

    @Option(name: .customLong("min-severity"), help: "Only this severity or higher.")
    var minSeverity: Severity?

    @Option(name: .customLong("since-id"), help: "Only alerts with an id above this.")
    var sinceID: Int64?

    @Option(help: "Only alerts detected since this time: RFC 3339, or an age like 90m, 6h, 2d.")
    var since: String?

    @Flag(help: "JSON lines (the default when stdout is not a terminal).")
    var json = false

    @Option(help: "table or json (default: table on a terminal, json otherwise).")
    var format: OutputFormat?

    enum OutputFormat: String, ExpressibleByArgument {
        case table
        case json
    }

    @Flag(help: "Keep reading as alerts are appended.")
    var follow = false

    func validate() throws {
        for t in topic where Topic(rawValue: t) == nil {
            throw ValidationError("unknown topic '\(t)' (known: \(Topic.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        for a in actor where Actor.allCases.allSatisfy({ $0.rawValue.lowercased() != a.lowercased() }) {
            throw ValidationError("unknown actor '\(a)' (known: US, China)")
        }
        for d in direction where Direction(rawValue: d) == nil {
            throw ValidationError("unknown direction '\(d)' (known: easing, tightening)")
        }
        for s in severity where Severity(rawValue: s) == nil {
            throw ValidationError("unknown severity '\(s)' (known: low, medium, high)")
        }
        if let since, Self.sinceDate(since, now: Date()) == nil {
            throw ValidationError("--since '\(since)' is neither an RFC 3339 time nor an age like 6h")
        }
    }

    func run() throws {
        var filter = AlertFilter()
        filter.topics = Set(topic)
        filter.actors = Set(actor)
        filter.directions = Set(direction)
        filter.severities = Set(severity)
        filter.minSeverity = minSeverity
        filter.sinceID = sinceID
        filter.sinceTime = since.flatMap { Self.sinceDate($0, now: Date()) }

        let path = try logPath()
        let asJSON = json || format == .json || (format == nil && isatty(STDOUT_FILENO) == 0)
        var table = AlertTable()
        do throws(AlertLogError) {
            try AlertLogReader(path: path).read(follow: follow) { line in
                guard let fields = AlertFields(jsonLine: line), filter.accepts(fields) else { return true }
                if asJSON {
                    print(line)
                } else {
                    print(table.row(fields))
                }
                if follow { fflush(nil) }
                return true
            }
        } catch {
            throw CommandFailure.alertLog(error)
        }
    }

    private func logPath() throws -> String {
        try ConfiguredPath.resolve(log, config: config, \.log)
    }

    static func sinceDate(_ text: String, now: Date) -> Date? {
        if let date = Timestamp.parseRFC3339(text) { return date }
        guard let age = DurationText.parse(text) else { return nil }
        return now.addingTimeInterval(-Double(age.components.seconds))
    }
}

extension Severity: ExpressibleByArgument {}

/// Lines of the table `tradewatch alerts` prints for people.
struct AlertTable {
    private var printedHeader = false

    mutating func row(_ a: AlertFields) -> String {
        let time = Timestamp.rfc3339(a.time)
        let line = [pad(String(a.id), 6), pad(time, 20), pad(a.severity, 6), pad(a.topic, 26),
                    pad(a.actor, 5), pad(a.direction, 10), pad(a.modality, 9), a.title].joined(separator: " ")
        if printedHeader { return line }
        printedHeader = true
        let header = [pad("ID", 6), pad("TIME", 20), pad("SEV", 6), pad("TOPIC", 26), pad("ACTOR", 5),
                      pad("DIRECTION", 10), pad("MODALITY", 9), "TITLE"].joined(separator: " ")
        return header + "\n" + line
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
}
