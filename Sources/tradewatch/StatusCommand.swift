import ArgumentParser
import Config
import FoundationEssentials
import Model
import Publish

/// `tradewatch status`: the running daemon's health, asked over its socket
/// (`{"type":"status"}`). Exit 1 when the daemon cannot be reached.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the running daemon's health: feeds, failing feeds, last cycle, last alert, subscribers, uptime.")

    @Option(help: "The daemon's socket (default: the config's, else /run/tradewatch/alerts.sock).")
    var socket: String?

    @Option(help: "Take the socket path from this config file.")
    var config: String?

    @Flag(help: "The daemon's status object as one JSON line.")
    var json = false

    @Option(help: "Seconds to wait for the daemon's answer.")
    var timeout: Int = 10

    func validate() throws {
        if socket != nil && config != nil { throw ValidationError("give --socket or --config, not both") }
        if timeout < 1 { throw ValidationError("--timeout must be at least 1 second") }
    }

    func run() throws {
        let path = try ConfiguredPath.resolve(socket, config: config, \.socket)
        let line: String
        do throws(SocketError) {
            line = try Self.ask(path: path, timeout: .seconds(timeout))
        } catch {
            throw CommandFailure.daemonUnreachable(error)
        }
        guard let status = JSONValue(parsing: Array(line.utf8)) else {
            throw CommandFailure.statusNotJSON(socket: path, answer: line)
        }
        print(json ? line : StatusText(status).lines.joined(separator: "\n"))
    }

    /// Sends `status` and returns the answer line, skipping the hello and any live alert.
    static func ask(path: String, timeout: Duration) throws(SocketError) -> String {
        let connection = try LineConnection(path: path)
        defer { connection.close() }
        try connection.send("{\"type\":\"status\"}\n")
        while let line = try connection.readLine(timeout: timeout) {
            if line.hasPrefix("{\"type\":\"status\"") { return line }
        }
        throw SocketError(path: path, operation: "status", reason: "the daemon closed the connection without answering")
    }
}
