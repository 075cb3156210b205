import ArgumentParser

// Placeholder until its owner lands it.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "eval")
    func run() async throws { throw CommandFailure("eval: not implemented yet") }
}
