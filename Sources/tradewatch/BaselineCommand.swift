import ArgumentParser

// Placeholder until its owner lands it.
struct BaselineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "baseline")
    func run() async throws { throw CommandFailure("baseline: not implemented yet") }
}
