import ArgumentParser

// Placeholder until its owner lands it.
struct ParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parse")
    func run() async throws { throw CommandFailure("parse: not implemented yet") }
}
