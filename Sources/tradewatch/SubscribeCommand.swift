#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Config
import FoundationEssentials
import Model
import Publish

/// `tradewatch subscribe`: a client of the daemon's socket. Prints alerts as
/// JSON lines (the log's records) or one readable line each.
struct SubscribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subscribe",
        abstract: "Print alerts from the daemon's socket as they come (after a replay with --since).")

    @Option(help: "The daemon's socket (default: the config's, else /run/tradewatch/alerts.sock).")
    var socket: String?

    @Option(help: "Take the socket path from this config file.")
    var config: String?

    @Option(help: "First replay the committed alerts with an id above this.")
    var since: Int64?

    @Option(help: "Only this topic id (repeatable).")
    var topic: [String] = []

    @Option(help: "Only this actor: US or China (repeatable).")
    var actor: [String] = []

    @Option(name: .customLong("min-severity"), help: "Only this severity or higher: low, medium, high.")
    var minSeverity: Severity?

    @Flag(help: "Reconnect when the daemon restarts, resuming after the last alert printed.")
    var follow = false

    @Flag(help: "Exit once the replay is done (replays from 0 without --since).")
    var once = false

    @Option(help: "json (the log's records, one per line) or text (one readable line per alert).")
    var format: Format = .json

    enum Format: String, ExpressibleByArgument {
        case json
        case text
    }

    func validate() throws {
        for t in topic where Topic(rawValue: t) == nil {
            throw ValidationError("unknown topic '\(t)' (known: \(Topic.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        for a in actor where Actor.allCases.allSatisfy({ $0.rawValue.lowercased() != a.lowercased() }) {
            throw ValidationError("unknown actor '\(a)' (known: US, China)")
        }
        if let since, since < 0 { throw ValidationError("--since must be an alert id (0 or more)") }
        if once && follow { throw ValidationError("--once and --follow exclude each other") }
        if socket != nil && config != nil { throw ValidationError("give --socket or --config, not both") }
    }

    func run() throws {
        let request = SubscribeRequest(since: since, topics: topic, actors: actor, minSeverity: minSeverity)
        let path = try ConfiguredPath.resolve(socket, config: config, \.socket)
        let client = SubscriberClient(path: path, request: request, follow: follow, stopAfterReplay: once)
        let text = format == .text
        do {
            try client.run(onNotice: { printError("tradewatch: \($0)") }) { _, record in
                if text {
                    print(AlertFields(jsonLine: record).map(Self.readable) ?? record)
                } else {
                    print(record)
                }
                // A subscriber is often piped into another program: hand each alert over now.
                fflush(nil)
                return true
            }
        } catch {
            throw CommandFailure.subscription(error)
        }
    }

    /// `#42 2026-11-24T10:15:02Z high rare-earth-exports China easing (action): title`
    static func readable(_ a: AlertFields) -> String {
        let time = Timestamp.rfc3339(a.time)
        return "#\(a.id) \(time) \(a.severity) \(a.topic) \(a.actor) \(a.direction) (\(a.modality)): \(a.title)"
    }
}
